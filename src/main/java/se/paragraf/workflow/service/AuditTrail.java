package se.paragraf.workflow.service;

import java.util.List;
import se.paragraf.store.Database;

/** The append-only audit log: who did what to which document, when. */
public final class AuditTrail {
  private final Database db;

  AuditTrail(Database db) {
    this.db = db;
  }

  /** The document's log, oldest first. */
  public List<AuditLine> forDocument(long documentId) {
    throw new UnsupportedOperationException();
  }

  /** The latest {@code limit} entries, newest first. */
  public List<AuditLine> recent(int limit) {
    throw new UnsupportedOperationException();
  }
}
