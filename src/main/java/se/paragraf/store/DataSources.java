package se.paragraf.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/** Builds the connection pool for a JDBC URL, configured for durability on each vendor. */
final class DataSources {
  static final int SQLITE_BUSY_TIMEOUT_MS = 15_000;

  private DataSources() {}

  static HikariDataSource create(String jdbcUrl, Dialect dialect) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("paragraf-" + dialect.name().toLowerCase());
    config.setConnectionTimeout(10_000);
    // Grows to the maximum under load; a board's store is idle most of the time.
    config.setMinimumIdle(2);
    if (dialect == Dialect.SQLITE) {
      config.setDataSource(sqlite(jdbcUrl));
      // WAL gives concurrent readers; writers queue on the lock anyway.
      config.setMaximumPoolSize(4);
    } else {
      config.setJdbcUrl(jdbcUrl);
      config.setMaximumPoolSize(8);
    }
    return new HikariDataSource(config);
  }

  private static SQLiteDataSource sqlite(String jdbcUrl) {
    createParentFolder(sqliteFile(jdbcUrl));
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    // FULL: the WAL is synced on every commit, so an acknowledged save survives a crash.
    config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
    config.enforceForeignKeys(true);
    config.setBusyTimeout(SQLITE_BUSY_TIMEOUT_MS);
    // For Flyway, which uses the JDBC transaction API; the store's own writes begin explicitly.
    config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
    SQLiteDataSource ds = new SQLiteDataSource(config);
    ds.setUrl(jdbcUrl);
    return ds;
  }

  /** The database file of a {@code jdbc:sqlite:} URL; in-memory databases are refused. */
  static Path sqliteFile(String jdbcUrl) {
    String path = jdbcUrl.substring("jdbc:sqlite:".length());
    int query = path.indexOf('?');
    if (query >= 0) {
      path = path.substring(0, query);
    }
    if (path.startsWith("file:")) {
      path = path.substring("file:".length());
    }
    if (path.isBlank() || path.contains(":memory:") || path.contains("mode=memory")) {
      // Every pooled connection would get its own empty database.
      throw new InvalidInputException("En SQLite-databas i minnet stöds inte; ange en fil.");
    }
    return Path.of(path);
  }

  private static void createParentFolder(Path file) {
    Path parent = file.toAbsolutePath().getParent();
    try {
      Files.createDirectories(parent);
    } catch (IOException e) {
      throw new StoreException("Kan inte skapa mappen " + parent + ": " + e.getMessage(), e);
    }
  }
}
