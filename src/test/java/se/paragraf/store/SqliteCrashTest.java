package se.paragraf.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/** SIGKILL during saves on SQLite: PRAGMA integrity_check must say ok afterwards. */
class SqliteCrashTest extends CrashContract {
  @Override
  String newDatabaseUrl() {
    return "jdbc:sqlite:" + tmp.resolve("crash.db");
  }

  @Override
  void dropDatabase() {
    // @TempDir removes the file.
  }

  @Override
  void assertIntact(String url) throws Exception {
    try (Connection c = DriverManager.getConnection(url);
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
      rs.next();
      assertEquals("ok", rs.getString(1));
    }
  }
}
