package se.paragraf.store;

import java.sql.SQLException;
import java.util.List;

/**
 * The append-only log of actions. There is no update or delete here, and triggers in both
 * databases refuse UPDATE and DELETE from any client.
 */
public final class AuditLog {
  private static final String COLUMNS = "id, at, actor, action, document_id, detail";

  private final Context ctx;

  AuditLog(Context ctx) {
    this.ctx = ctx;
  }

  public AuditEntry append(String actor, String action, Long documentId, String detail) {
    return ctx.jdbc.write(
        h -> {
          long id =
              h.insert(
                  "INSERT INTO audit_log (at, actor, action, document_id, detail)"
                      + " VALUES (?, ?, ?, ?, ?) RETURNING id",
                  ctx.now(),
                  actor,
                  action,
                  documentId,
                  detail);
          return h.one("SELECT " + COLUMNS + " FROM audit_log WHERE id = ?", AuditLog::map, id)
              .orElseThrow();
        });
  }

  /** The document's log, oldest first. */
  public List<AuditEntry> forDocument(long documentId) {
    return ctx.jdbc.read(
        h ->
            h.list(
                "SELECT " + COLUMNS + " FROM audit_log WHERE document_id = ? ORDER BY id",
                AuditLog::map,
                documentId));
  }

  /** The latest {@code limit} entries, newest first. */
  public List<AuditEntry> recent(int limit) {
    return ctx.jdbc.read(
        h ->
            h.list(
                "SELECT " + COLUMNS + " FROM audit_log ORDER BY id DESC LIMIT ?",
                AuditLog::map,
                limit));
  }

  private static AuditEntry map(Row r) throws SQLException {
    return new AuditEntry(
        r.longValue("id"),
        r.instant("at"),
        r.string("actor"),
        r.string("action"),
        r.longOrNull("document_id"),
        r.string("detail"));
  }
}
