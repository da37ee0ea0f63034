package se.paragraf.store;

/** Two app instances on one PostgreSQL, 8 threads each. */
class PostgresConcurrencyTest extends ConcurrencyContract {
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
  int threadsPerInstance() {
    return 8;
  }
}
