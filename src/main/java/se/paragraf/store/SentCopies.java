package se.paragraf.store;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Frozen copies of what was sent; a later revision that is sent again gives a new copy. */
public final class SentCopies {
  private static final String COLUMNS = "id, document_id, revision, sent_by, sent_at, docx, html";

  private final Context ctx;

  SentCopies(Context ctx) {
    this.ctx = ctx;
  }

  /**
   * Keeps the renditions of {@code revision}, which must be the latest.
   *
   * @throws StaleRevisionException when a newer revision exists
   */
  public SentCopy record(long documentId, int revision, String sentBy, byte[] docx, byte[] html) {
    return ctx.jdbc.write(
        h -> {
          Documents.lock(h, documentId);
          Revisions.requireLatest(h, documentId, revision);
          long id =
              h.insert(
                  "INSERT INTO sent_copy (document_id, revision, sent_by, sent_at, docx, html)"
                      + " VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
                  documentId,
                  revision,
                  sentBy,
                  ctx.now(),
                  docx,
                  html);
          return h.one("SELECT " + COLUMNS + " FROM sent_copy WHERE id = ?", SentCopies::map, id)
              .orElseThrow();
        });
  }

  /** Every copy sent of the document, oldest first. */
  public List<SentCopy> copies(long documentId) {
    return ctx.jdbc.read(
        h ->
            h.list(
                "SELECT " + COLUMNS + " FROM sent_copy WHERE document_id = ? ORDER BY id",
                SentCopies::map,
                documentId));
  }

  public Optional<SentCopy> latest(long documentId) {
    List<SentCopy> all = copies(documentId);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  private static SentCopy map(Row r) throws SQLException {
    return new SentCopy(
        r.longValue("id"),
        r.longValue("document_id"),
        r.intValue("revision"),
        r.string("sent_by"),
        r.instant("sent_at"),
        r.bytes("docx"),
        r.bytes("html"));
  }
}
