package se.paragraf.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;

/** One result row, read with the dialect's conversions so mappers stay vendor-neutral. */
final class Row {
  private final ResultSet rs;
  private final Dialect dialect;

  Row(ResultSet rs, Dialect dialect) {
    this.rs = rs;
    this.dialect = dialect;
  }

  String string(String column) throws SQLException {
    return rs.getString(column);
  }

  long longValue(String column) throws SQLException {
    return rs.getLong(column);
  }

  int intValue(String column) throws SQLException {
    return rs.getInt(column);
  }

  /** An INTEGER column that may be NULL. */
  Integer integer(String column) throws SQLException {
    int value = rs.getInt(column);
    return rs.wasNull() ? null : value;
  }

  /** A BIGINT column that may be NULL. */
  Long longOrNull(String column) throws SQLException {
    long value = rs.getLong(column);
    return rs.wasNull() ? null : value;
  }

  boolean bool(String column) throws SQLException {
    return rs.getBoolean(column);
  }

  byte[] bytes(String column) throws SQLException {
    return rs.getBytes(column);
  }

  Instant instant(String column) throws SQLException {
    return dialect.getInstant(rs, column);
  }

  LocalDate date(String column) throws SQLException {
    return dialect.getDate(rs, column);
  }
}
