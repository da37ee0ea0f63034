package se.paragraf.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

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

  @Override
  public Connection raw() throws SQLException {
    return DriverManager.getConnection(schema.url());
  }
}
