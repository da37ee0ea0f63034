package se.paragraf.store;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Assumptions;

/**
 * A throw-away schema on the test PostgreSQL (127.0.0.1:5432, user postgres, database test, trust
 * authentication), so parallel runs and leftovers never meet. Without a server the tests skip
 * with a visible message, except under CI (environment variable CI set), where they fail.
 */
final class PgSchema implements AutoCloseable {
  static final String BASE_URL =
      System.getenv().getOrDefault(
          "PARAGRAF_TEST_PG", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
  private static final String PREFIX = "paragraf_test_";
  private static final long STALE_AFTER_SECONDS = 3600;
  private static volatile String unavailable;
  private static volatile boolean swept;
  private static volatile boolean announced;

  private final String name;

  private PgSchema(String name) {
    this.name = name;
  }

  /** Creates a fresh schema, or skips (locally) / fails (CI) the test when no server answers. */
  static PgSchema create() {
    requireServer();
    String name =
        PREFIX
            + System.currentTimeMillis() / 1000
            + "_"
            + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
    execute("CREATE SCHEMA " + name);
    return new PgSchema(name);
  }

  /** The JDBC URL whose connections work inside this schema. */
  String url() {
    return BASE_URL + (BASE_URL.contains("?") ? "&" : "?") + "currentSchema=" + name;
  }

  /**
   * Empties every table but Flyway's, so the next test starts from a migrated, empty store without
   * paying for the migration again. Superuser only: replica mode keeps the append-only triggers
   * from refusing the test's own clean-up.
   */
  void reset() {
    try (Connection c = DriverManager.getConnection(url());
        Statement st = c.createStatement()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet rs =
          st.executeQuery(
              "SELECT tablename FROM pg_tables WHERE schemaname = '" + name + "'"
                  + " AND tablename <> 'flyway_schema_history'")) {
        while (rs.next()) {
          tables.add(rs.getString(1));
        }
      }
      if (!tables.isEmpty()) {
        st.execute("SET session_replication_role = replica");
        st.execute("TRUNCATE " + String.join(", ", tables) + " RESTART IDENTITY CASCADE");
        st.execute("SET session_replication_role = origin");
      }
    } catch (SQLException e) {
      throw new IllegalStateException("reset of " + name + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
  }

  static synchronized void requireServer() {
    if (unavailable == null && !swept) {
      try (Connection c = DriverManager.getConnection(BASE_URL + "&connectTimeout=3")) {
        dropStaleSchemas(c);
        swept = true;
      } catch (SQLException e) {
        unavailable = e.getMessage();
      }
    }
    if (unavailable != null) {
      String message =
          "PostgreSQL tests need a server at " + BASE_URL + " and none answered (" + unavailable
              + ")";
      if (System.getenv("CI") != null) {
        fail(message + "; under CI they must run, not skip.");
      }
      if (!announced) {
        announced = true;
        System.err.println("SKIPPED: " + message + ".");
      }
      Assumptions.abort(message);
    }
  }

  /** Drops schemas left behind by killed runs (older than an hour, so never a live run's). */
  private static void dropStaleSchemas(Connection c) throws SQLException {
    long cutoff = System.currentTimeMillis() / 1000 - STALE_AFTER_SECONDS;
    List<String> stale = new ArrayList<>();
    try (Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT nspname FROM pg_namespace WHERE nspname LIKE '" + PREFIX + "%'")) {
      while (rs.next()) {
        String[] parts = rs.getString(1).substring(PREFIX.length()).split("_");
        if (parts.length == 2 && parts[0].matches("\\d+") && Long.parseLong(parts[0]) < cutoff) {
          stale.add(rs.getString(1));
        }
      }
    }
    for (String schema : stale) {
      try (Statement st = c.createStatement()) {
        st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      }
    }
  }

  private static void execute(String sql) {
    try (Connection c = DriverManager.getConnection(BASE_URL);
        Statement st = c.createStatement()) {
      st.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }
}
