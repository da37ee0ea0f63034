package se.paragraf.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/**
 * On a failing test, saves what the browser shows (PNG), the page's HTML and its address into
 * target/e2e/, then lets the failure through unchanged.
 */
final class Screenshots implements TestExecutionExceptionHandler {
  static final Path DIR = Path.of("target", "e2e");

  private final Supplier<WebDriver> driver;
  private volatile boolean anyFailed;

  Screenshots(Supplier<WebDriver> driver) {
    this.driver = driver;
  }

  @Override
  public void handleTestExecutionException(ExtensionContext context, Throwable failure)
      throws Throwable {
    if (failure instanceof org.opentest4j.TestAbortedException) {
      throw failure;
    }
    anyFailed = true;
    WebDriver d = driver.get();
    if (d != null) {
      String name = context.getRequiredTestClass().getSimpleName() + "-"
          + context.getRequiredTestMethod().getName() + "-"
          + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
      try {
        System.err.println("Screenshot of the failure: " + save(d, name).toAbsolutePath());
      } catch (IOException | RuntimeException e) {
        failure.addSuppressed(e);
      }
    }
    throw failure;
  }

  /** Whether a test failed (its run folder is then kept). */
  boolean anyFailed() {
    return anyFailed;
  }

  /** Saves the PNG and the HTML (with its address) as {@code name}; returns the PNG's path. */
  static Path save(WebDriver d, String name) throws IOException {
    Files.createDirectories(DIR);
    Path png = DIR.resolve(name + ".png");
    Files.write(png, ((TakesScreenshot) d).getScreenshotAs(OutputType.BYTES));
    Files.writeString(DIR.resolve(name + ".html"),
        "<!-- " + d.getCurrentUrl() + " -->\n" + d.getPageSource());
    return png;
  }

  /** With -Dparagraf.e2e.screenshots=true, every page checked is kept too (to look at). */
  static void keep(WebDriver d, String name) {
    if (Boolean.getBoolean("paragraf.e2e.screenshots")) {
      try {
        save(d, "page-" + name.replace(' ', '-'));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }
}
