package se.paragraf.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on SQLite (a file in a temporary folder). */
class SqliteStoreTest extends StoreContract {
  @TempDir Path dir;

  private String url() {
    return "jdbc:sqlite:" + dir.resolve("store.db");
  }

  @Override
  String newDatabaseUrl() {
    return url();
  }

  @Override
  void dropDatabase() {
    // @TempDir removes the file.
  }

  @Override
  public Connection raw() throws SQLException {
    return DriverManager.getConnection(url());
  }
}
