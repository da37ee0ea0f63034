package se.paragraf.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SQLite store creates its folder and runs with the durability settings it promises. */
class SqliteSettingsTest {
  static {
    TestLogging.quiet();
  }

  @TempDir Path dir;

  private static String pragma(Database db, String name) {
    return db.withHandle(h -> h.one("PRAGMA " + name, r -> r.string(name)).orElseThrow());
  }

  @Test
  void createsTheFolderAndUsesWalFullSyncForeignKeysAndBusyTimeout() {
    Path file = dir.resolve("data/sub/paragraf.db");
    try (Database db = Database.open("jdbc:sqlite:" + file)) {
      assertTrue(Files.exists(file));
      assertEquals("wal", pragma(db, "journal_mode"));
      assertEquals("2", pragma(db, "synchronous"), "2 = FULL");
      assertEquals("1", pragma(db, "foreign_keys"));
      assertEquals(String.valueOf(DataSources.SQLITE_BUSY_TIMEOUT_MS), db.withHandle(
          h -> h.one("PRAGMA busy_timeout", r -> r.string("timeout")).orElseThrow()));
    }
  }

  @Test
  void inMemoryAndUnknownDatabasesAreRefused() {
    assertThrows(InvalidInputException.class, () -> Database.open("jdbc:sqlite::memory:"));
    assertThrows(InvalidInputException.class, () -> Database.open("jdbc:mysql://x/y"));
  }

  @Test
  void passwordsAreHiddenInTheUrl() {
    assertEquals(
        "jdbc:postgresql://h/db?user=p&password=***&ssl=true",
        Database.redact("jdbc:postgresql://h/db?user=p&password=hemligt&ssl=true"));
  }
}
