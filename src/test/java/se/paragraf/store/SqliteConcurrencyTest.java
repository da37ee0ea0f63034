package se.paragraf.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** Two stores on one SQLite file (its writers queue on the database lock), 4 threads each. */
class SqliteConcurrencyTest extends ConcurrencyContract {
  @TempDir Path dir;

  @Override
  String newDatabaseUrl() {
    return "jdbc:sqlite:" + dir.resolve("store.db");
  }

  @Override
  void dropDatabase() {
    // @TempDir removes the file.
  }

  @Override
  int threadsPerInstance() {
    return 4;
  }
}
