package se.paragraf.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The few places where SQLite and PostgreSQL differ at run time. SQLite keeps dates and instants
 * as fixed-width ISO text (so they compare correctly as strings); PostgreSQL uses DATE and
 * TIMESTAMPTZ.
 */
enum Dialect {
  SQLITE("sqlite") {
    // Explicit statements in auto-commit mode: sqlite-jdbc's own commit() immediately begins the
    // next transaction, which would queue for the write lock again after every save.
    @Override
    void begin(Connection c) throws SQLException {
      exec(c, "BEGIN IMMEDIATE");
    }

    @Override
    void commit(Connection c) throws SQLException {
      exec(c, "COMMIT");
    }

    @Override
    void rollback(Connection c) throws SQLException {
      exec(c, "ROLLBACK");
    }

    @Override
    String forUpdate() {
      // Write transactions start with BEGIN IMMEDIATE, which already holds the write lock.
      return "";
    }

    @Override
    void setInstant(PreparedStatement ps, int i, Instant value) throws SQLException {
      ps.setString(i, value == null ? null : INSTANT_TEXT.format(value));
    }

    @Override
    Instant getInstant(ResultSet rs, String column) throws SQLException {
      String text = rs.getString(column);
      return text == null ? null : instant(text);
    }

    @Override
    void setDate(PreparedStatement ps, int i, LocalDate value) throws SQLException {
      ps.setString(i, value == null ? null : value.toString());
    }

    @Override
    LocalDate getDate(ResultSet rs, String column) throws SQLException {
      String text = rs.getString(column);
      return text == null ? null : LocalDate.parse(text);
    }

    @Override
    boolean isUniqueViolation(SQLException e) {
      // SQLITE_CONSTRAINT_UNIQUE (2067) and SQLITE_CONSTRAINT_PRIMARYKEY (1555)
      int code = e.getErrorCode();
      return code == 2067 || code == 1555 || String.valueOf(e.getMessage()).contains("UNIQUE");
    }
  },

  POSTGRESQL("postgresql") {
    @Override
    void begin(Connection c) throws SQLException {
      c.setAutoCommit(false);
    }

    @Override
    void commit(Connection c) throws SQLException {
      c.commit();
      c.setAutoCommit(true);
    }

    @Override
    void rollback(Connection c) throws SQLException {
      try {
        c.rollback();
      } finally {
        c.setAutoCommit(true);
      }
    }

    @Override
    String forUpdate() {
      return " FOR UPDATE";
    }

    @Override
    void setInstant(PreparedStatement ps, int i, Instant value) throws SQLException {
      ps.setObject(i, value == null ? null : OffsetDateTime.ofInstant(value, ZoneOffset.UTC));
    }

    @Override
    Instant getInstant(ResultSet rs, String column) throws SQLException {
      OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
      return value == null ? null : value.toInstant();
    }

    @Override
    void setDate(PreparedStatement ps, int i, LocalDate value) throws SQLException {
      ps.setObject(i, value);
    }

    @Override
    LocalDate getDate(ResultSet rs, String column) throws SQLException {
      return rs.getObject(column, LocalDate.class);
    }

    @Override
    boolean isUniqueViolation(SQLException e) {
      return "23505".equals(e.getSQLState());
    }
  };

  /** Microsecond precision matches TIMESTAMPTZ, so both databases round-trip the same instant. */
  private static final DateTimeFormatter INSTANT_TEXT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

  /**
   * The instant of SQLite's fixed-width text, read by hand: {@code Instant.parse} was a visible
   * share of every request (each document row carries instants). Other shapes go to the JDK.
   */
  static Instant instant(String t) {
    if (t.length() == 27 && t.charAt(4) == '-' && t.charAt(7) == '-' && t.charAt(10) == 'T'
        && t.charAt(13) == ':' && t.charAt(16) == ':' && t.charAt(19) == '.' && t.charAt(26) == 'Z') {
      int y = digits(t, 0, 4);
      int mo = digits(t, 5, 7);
      int d = digits(t, 8, 10);
      int h = digits(t, 11, 13);
      int mi = digits(t, 14, 16);
      int sec = digits(t, 17, 19);
      int micros = digits(t, 20, 26);
      if ((y | mo | d | h | mi | sec | micros) >= 0) {
        try {
          return LocalDateTime.of(y, mo, d, h, mi, sec, micros * 1000).toInstant(ZoneOffset.UTC);
        } catch (DateTimeException e) {
          // not a real date: let the JDK say so
        }
      }
    }
    return Instant.parse(t);
  }

  /** The number written in {@code t[from, to)}, or -1 when a character is not a digit. */
  private static int digits(String t, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = t.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }

  private final String folder;

  Dialect(String folder) {
    this.folder = folder;
  }

  /** The Flyway location of this vendor's migrations. */
  String migrations() {
    return "classpath:db/migration/" + folder;
  }

  /** Starts a write transaction (on SQLite it takes the write lock at once). */
  abstract void begin(Connection c) throws SQLException;

  abstract void commit(Connection c) throws SQLException;

  abstract void rollback(Connection c) throws SQLException;

  /** The suffix that locks the selected rows for the transaction, where the vendor needs it. */
  abstract String forUpdate();

  abstract void setInstant(PreparedStatement ps, int i, Instant value) throws SQLException;

  abstract Instant getInstant(ResultSet rs, String column) throws SQLException;

  abstract void setDate(PreparedStatement ps, int i, LocalDate value) throws SQLException;

  abstract LocalDate getDate(ResultSet rs, String column) throws SQLException;

  abstract boolean isUniqueViolation(SQLException e);

  private static void exec(Connection c, String sql) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.execute(sql);
    }
  }

  static Dialect of(String jdbcUrl) {
    if (jdbcUrl.startsWith("jdbc:sqlite:")) {
      return SQLITE;
    }
    if (jdbcUrl.startsWith("jdbc:postgresql:")) {
      return POSTGRESQL;
    }
    throw new InvalidInputException(
        "Databasadressen stöds inte (använd jdbc:sqlite:… eller jdbc:postgresql://…): " + jdbcUrl);
  }
}
