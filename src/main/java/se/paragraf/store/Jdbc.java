package se.paragraf.store;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs units of work on pooled connections. Every write is one transaction; on SQLite it starts
 * with BEGIN IMMEDIATE (the write lock is taken up front, so two writers queue on busy_timeout
 * instead of failing on a lock upgrade).
 */
final class Jdbc {
  /** A unit of work on one connection. */
  interface Work<T> {
    T run(Handle h) throws SQLException;
  }

  private static final Logger LOG = LoggerFactory.getLogger(Jdbc.class);

  private final DataSource dataSource;
  private final Dialect dialect;

  Jdbc(DataSource dataSource, Dialect dialect) {
    this.dataSource = dataSource;
    this.dialect = dialect;
  }

  Dialect dialect() {
    return dialect;
  }

  /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
  <T> T write(Work<T> work) {
    try (Connection c = dataSource.getConnection()) {
      dialect.begin(c);
      try {
        T result = work.run(new Handle(c, dialect));
        dialect.commit(c);
        return result;
      } catch (SQLException | RuntimeException | Error e) {
        rollbackQuietly(c);
        throw e;
      }
    } catch (SQLException e) {
      throw translate(e);
    }
  }

  /** Runs read-only {@code work} on one connection in auto-commit mode. */
  <T> T read(Work<T> work) {
    try (Connection c = dataSource.getConnection()) {
      return work.run(new Handle(c, dialect));
    } catch (SQLException e) {
      throw translate(e);
    }
  }

  private void rollbackQuietly(Connection c) {
    try {
      dialect.rollback(c);
    } catch (SQLException e) {
      LOG.warn("rollback failed", e);
    }
  }

  private StoreException translate(SQLException e) {
    if (dialect.isUniqueViolation(e)) {
      return new ConflictException("Uppgiften finns redan.");
    }
    LOG.error("database error", e);
    return new StoreException("Databasfel: åtgärden kunde inte sparas. Försök igen.", e);
  }
}
