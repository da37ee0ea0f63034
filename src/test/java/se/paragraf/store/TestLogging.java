package se.paragraf.store;

/**
 * Keeps the pool's and Flyway's INFO lines (a dozen per opened store) out of the test output. The
 * slf4j-simple per-logger levels are read when a logger is first created, so setting them before
 * any store is opened is enough.
 */
final class TestLogging {
  private TestLogging() {}

  static void quiet() {
    System.setProperty("org.slf4j.simpleLogger.log.com.zaxxer.hikari", "warn");
    System.setProperty("org.slf4j.simpleLogger.log.org.flywaydb", "warn");
  }
}
