package se.paragraf.e2e;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A person at the browser: navigates by links and buttons, types, and waits for what appears. */
final class Ui {
  static final Duration WAIT = Duration.ofSeconds(20);

  final WebDriver driver;
  private final String origin;
  private final WebDriverWait wait;

  Ui(WebDriver driver, String origin) {
    this.driver = driver;
    this.origin = origin;
    this.wait = new WebDriverWait(driver, WAIT);
  }

  void open(String path) {
    driver.get(origin + path);
  }

  String path() {
    return driver.getCurrentUrl().substring(origin.length());
  }

  <T> T until(ExpectedCondition<T> condition) {
    return wait.until(condition);
  }

  WebElement visible(By by) {
    return until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  /** Clicks {@code by} once it is clickable; with {@code pathAfter}, waits for that page. */
  void click(By by) {
    until(ExpectedConditions.elementToBeClickable(by)).click();
  }

  void clickAndWaitFor(By by, String pathFragment) {
    click(by);
    until(ExpectedConditions.urlContains(pathFragment));
  }

  static By button(String text) {
    return By.xpath("//button[normalize-space(.)='" + text + "']");
  }

  static By link(String text) {
    return By.xpath("//a[normalize-space(.)='" + text + "']");
  }

  /** The page's flash message ("Ändringarna är sparade."). */
  String message() {
    return visible(By.cssSelector("main p.meddelande")).getText();
  }

  /** Logs in through the form, from wherever the browser is. */
  void login(String username, String password) {
    open("/logga-in");
    visible(By.id("anvandarnamn")).sendKeys(username);
    driver.findElement(By.id("losenord")).sendKeys(password);
    click(button("Logga in"));
    visible(button("Logga ut"));
  }

  void logout() {
    click(button("Logga ut"));
    visible(link("Logga in"));
  }

  /** Keys typed into whatever has the focus, as a person types them. */
  void type(CharSequence... keys) {
    new Actions(driver).sendKeys(keys).perform();
  }

  /** Shift+End: selects from the caret to the end of the line. */
  void selectToLineEnd() {
    new Actions(driver).keyDown(Keys.SHIFT).sendKeys(Keys.END).keyUp(Keys.SHIFT).perform();
  }

  /** Ctrl+Home: the caret to the start of the focused text. */
  void toStart() {
    new Actions(driver).keyDown(Keys.CONTROL).sendKeys(Keys.HOME).keyUp(Keys.CONTROL).perform();
  }

  /** The items of the editor's problem list as shown ("Rad 4:6 fel: Ogiltig tid …"). */
  List<String> problems() {
    return driver.findElements(By.cssSelector("#kontroll li")).stream()
        .map(WebElement::getText).toList();
  }
}
