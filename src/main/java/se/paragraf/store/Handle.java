package se.paragraf.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A connection plus its dialect: the tiny query API every store class is written against. */
final class Handle {
  /** Maps the current row of a result. */
  interface Mapper<T> {
    T map(Row row) throws SQLException;
  }

  private final Connection connection;
  private final Dialect dialect;

  Handle(Connection connection, Dialect dialect) {
    this.connection = connection;
    this.dialect = dialect;
  }

  Dialect dialect() {
    return dialect;
  }

  Connection connection() {
    return connection;
  }

  <T> List<T> list(String sql, Mapper<T> mapper, Object... args) throws SQLException {
    try (PreparedStatement ps = prepare(sql, args);
        ResultSet rs = ps.executeQuery()) {
      List<T> rows = new ArrayList<>();
      Row row = new Row(rs, dialect);
      while (rs.next()) {
        rows.add(mapper.map(row));
      }
      return rows;
    }
  }

  <T> Optional<T> one(String sql, Mapper<T> mapper, Object... args) throws SQLException {
    List<T> rows = list(sql, mapper, args);
    if (rows.size() > 1) {
      throw new SQLException("expected at most one row, got " + rows.size() + ": " + sql);
    }
    return rows.stream().findFirst();
  }

  int update(String sql, Object... args) throws SQLException {
    try (PreparedStatement ps = prepare(sql, args)) {
      return ps.executeUpdate();
    }
  }

  /** Runs an INSERT … RETURNING id (both vendors support RETURNING) and gives the new id. */
  long insert(String sql, Object... args) throws SQLException {
    return one(sql, r -> r.longValue("id"), args).orElseThrow();
  }

  private PreparedStatement prepare(String sql, Object... args) throws SQLException {
    PreparedStatement ps = connection.prepareStatement(sql);
    try {
      for (int i = 0; i < args.length; i++) {
        bind(ps, i + 1, args[i]);
      }
      return ps;
    } catch (SQLException | RuntimeException e) {
      ps.close();
      throw e;
    }
  }

  private void bind(PreparedStatement ps, int i, Object value) throws SQLException {
    if (value instanceof Instant) {
      dialect.setInstant(ps, i, (Instant) value);
    } else if (value instanceof LocalDate) {
      dialect.setDate(ps, i, (LocalDate) value);
    } else if (value instanceof byte[]) {
      ps.setBytes(i, (byte[]) value);
    } else if (value instanceof Boolean) {
      ps.setBoolean(i, (Boolean) value);
    } else if (value instanceof Enum<?>) {
      throw new IllegalArgumentException("bind the enum's database label, not " + value);
    } else {
      ps.setObject(i, value);
    }
  }
}
