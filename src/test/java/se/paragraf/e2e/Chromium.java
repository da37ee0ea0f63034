package se.paragraf.e2e;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium and chromedriver, given by path (Selenium Manager would try to
 * download a browser). Absent binaries skip the end-to-end tests with a visible message, except
 * under CI (the CI variable set), where they fail: CI installs both.
 */
final class Chromium {
  static final Path BINARY = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  private Chromium() {}

  /** Skips (or under CI fails) the calling test when the browser or the driver is missing. */
  static void require() {
    if (Files.isExecutable(BINARY) && Files.isExecutable(DRIVER)) {
      return;
    }
    String message = "End-to-end tests need " + BINARY + " and " + DRIVER
        + " (apt-get install -y chromium chromium-driver)";
    String ci = System.getenv("CI");
    if (ci != null && !ci.isBlank()) {
      Assertions.fail(message + "; CI is set, so their absence is a failure.");
    }
    System.err.println("SKIPPED: " + message + ".");
    Assumptions.abort(message);
  }

  /** A new headless browser with a fresh profile in {@code profile}. */
  static ChromeDriver start(Path profile) {
    ChromeOptions o = new ChromeOptions();
    o.setBinary(BINARY.toFile());
    o.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--no-first-run",
        "--disable-features=Translate,PasswordLeakDetection,AutofillServerCommunication",
        "--window-size=1280,1000", "--lang=sv-SE", "--user-data-dir=" + profile.toAbsolutePath());
    // no password manager bubbles or leak checks between the steps of a login
    o.setExperimentalOption("prefs", Map.of(
        "credentials_enable_service", false,
        "profile.password_manager_enabled", false,
        "profile.password_manager_leak_detection", false));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(DRIVER.toString()))
        .usingAnyFreePort()
        .build();
    ChromeDriver driver = new ChromeDriver(service, o);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    return driver;
  }
}
