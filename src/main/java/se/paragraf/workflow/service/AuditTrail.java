package se.paragraf.workflow.service;

import java.util.List;
import se.paragraf.store.AuditEntry;
import se.paragraf.store.Database;

/** The append-only audit log: who did what to which document, when. */
public final class AuditTrail {
  private final Database db;

  AuditTrail(Database db) {
    this.db = db;
  }

  /** The document's log, oldest first. */
  public List<AuditLine> forDocument(long documentId) {
    return db.audit().forDocument(documentId).stream().map(AuditTrail::line).toList();
  }

  /** The latest {@code limit} entries, newest first. */
  public List<AuditLine> recent(int limit) {
    return db.audit().recent(limit).stream().map(AuditTrail::line).toList();
  }

  void record(Actor actor, AuditAction action, Long documentId, String detail) {
    db.audit().append(actor.username(), action.code(), documentId, detail);
  }

  private static AuditLine line(AuditEntry e) {
    return new AuditLine(e.id(), e.at(), e.actor(), e.action(), AuditAction.textOf(e.action()),
        e.documentId(), e.detail());
  }
}
