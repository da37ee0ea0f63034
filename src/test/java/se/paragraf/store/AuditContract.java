package se.paragraf.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The audit log is append-only, through the API and through raw SQL alike. */
interface AuditContract extends StoreFixture {
  @Test
  default void entriesAreAppendedAndReadBackInOrder() {
    StoredDocument doc = protokoll();
    AuditEntry a = db().audit().append("eva", "spara", doc.id(), "version 2");
    clock().advance(Duration.ofSeconds(1));
    AuditEntry b = db().audit().append("anna", "justera", doc.id(), null);
    AuditEntry c = db().audit().append("admin", "skapa användare", null, "anna");
    assertEquals(List.of(a, b), db().audit().forDocument(doc.id()));
    assertEquals(List.of(c, b), db().audit().recent(2));
    assertEquals(clock().instant(), b.at());
    assertNull(c.documentId());
  }

  @Test
  default void rawUpdateAndDeleteAreRefused() {
    StoredDocument doc = protokoll();
    AuditEntry a = db().audit().append("eva", "spara", doc.id(), "version 2");
    SQLException update =
        assertThrows(SQLException.class, () -> rawUpdate("UPDATE audit_log SET actor = 'mallory'"));
    assertTrue(update.getMessage().contains("oföränderlig"), update.getMessage());
    SQLException delete = assertThrows(SQLException.class, () -> rawUpdate("DELETE FROM audit_log"));
    assertTrue(delete.getMessage().contains("oföränderlig"), delete.getMessage());
    assertEquals(List.of(a), db().audit().forDocument(doc.id()));
  }
}
