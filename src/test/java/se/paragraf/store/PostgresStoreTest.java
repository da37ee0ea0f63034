package se.paragraf.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** The store contract on PostgreSQL, in a schema of its own per test. */
class PostgresStoreTest extends StoreContract {
  private PgSchema schema;

  @Override
  String newDatabaseUrl() {
    schema = PgSchema.create();
    return schema.url();
  }

  @Override
  void dropDatabase() {
    if (schema != null) {
      schema.close();
    }
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
