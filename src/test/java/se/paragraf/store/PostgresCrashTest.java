package se.paragraf.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * SIGKILL of a client during saves on PostgreSQL: its open transaction is rolled back, and no
 * revision row exists without its document or twice.
 */
class PostgresCrashTest extends CrashContract {
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
  void assertIntact(String url) throws Exception {
    try (Connection c = DriverManager.getConnection(url);
        Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT COUNT(*) - COUNT(DISTINCT (document_id, number)),"
                    + " COUNT(*) FILTER (WHERE document_id NOT IN (SELECT id FROM document))"
                    + " FROM revision")) {
      rs.next();
      assertEquals(0, rs.getInt(1), "duplicate revisions");
      assertEquals(0, rs.getInt(2), "orphan revisions");
    }
  }
}
