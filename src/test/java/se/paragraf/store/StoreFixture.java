package se.paragraf.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;

/** What the contract tests see of the database under test, plus small builders. */
interface StoreFixture {
  Database db();

  MutableClock clock();

  /** Closes the store and opens the same database again (its migrations run again). */
  Database reopen();

  /** A plain JDBC connection to the same database, bypassing the store API. */
  Connection raw() throws SQLException;

  default int rawUpdate(String sql) throws SQLException {
    try (Connection c = raw();
        Statement st = c.createStatement()) {
      return st.executeUpdate(sql);
    }
  }

  default Organ organ(String key) {
    return db().organs().create(key, "Styrelsen " + key, "organ: Styrelsen\n", "eva");
  }

  default StoredDocument protokoll(String organKey, LocalDate date) {
    return db().documents()
        .create(
            new NewDocument(organKey, SourceKind.PROTOKOLL, date, "utkast", null),
            "# Mötets öppnande\n",
            "eva");
  }

  default StoredDocument protokoll() {
    organ("norrdal");
    return protokoll("norrdal", LocalDate.of(2025, 2, 13));
  }
}
