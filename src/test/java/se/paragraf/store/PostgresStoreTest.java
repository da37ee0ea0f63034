package se.paragraf.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The store contract on PostgreSQL, in a schema of its own for this run: migrated by the first
 * test and emptied before each of the others.
 */
class PostgresStoreTest extends StoreContract {
  private static PgSchema schema;

  @BeforeAll
  static void createSchema() {
    schema = PgSchema.create();
  }

  @AfterAll
  static void dropSchema() {
    if (schema != null) {
      schema.close();
    }
  }

  @Override
  String newDatabaseUrl() {
    schema.reset();
    return schema.url();
  }

  @Override
  void dropDatabase() {
    // The next test's newDatabaseUrl() empties it; @AfterAll drops it.
  }

  @Test
  void truncateOfTheAppendOnlyTablesIsRefused() {
    protokoll();
    db().audit().append("eva", "spara", null, null);
    for (String table : new String[] {"audit_log", "revision", "seal", "sent_copy"}) {
      SQLException e =
          assertThrows(SQLException.class, () -> rawUpdate("TRUNCATE " + table + " CASCADE"));
      assertTrue(e.getMessage().contains("oföränderlig"), e.getMessage());
    }
    assertEquals(1, db().audit().recent(10).size());
  }

  @Override
  public Connection raw() throws SQLException {
    return DriverManager.getConnection(schema.url());
  }
}
