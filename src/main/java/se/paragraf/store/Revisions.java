package se.paragraf.store;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The append-only revisions of every document. A save names the revision it was based on; a save
 * based on anything but the latest is refused with the latest, so no edit is lost silently.
 */
public final class Revisions {
  /** The source format's limit (README, source format). */
  public static final int MAX_TEXT_BYTES = 2 * 1024 * 1024;

  private static final String COLUMNS = "document_id, number, text, author, created_at";

  private final Context ctx;

  Revisions(Context ctx) {
    this.ctx = ctx;
  }

  /**
   * Saves {@code text} as the next revision of the document.
   *
   * @param baseRevision the revision the editor started from; null when the document has none yet
   * @return the new revision, numbered one above the previous latest
   * @throws StaleRevisionException when {@code baseRevision} is not the latest revision
   * @throws SealedException when the document is justerat and sealed
   * @throws NotFoundException when the document does not exist
   */
  public Revision save(long documentId, Long baseRevision, String text, String author) {
    return ctx.jdbc.write(h -> append(h, ctx.now(), documentId, baseRevision, text, author));
  }

  /** All revisions of a document, oldest first. */
  public List<Revision> revisions(long documentId) {
    return ctx.jdbc.read(
        h ->
            h.list(
                "SELECT " + COLUMNS + " FROM revision WHERE document_id = ? ORDER BY number",
                Revisions::map,
                documentId));
  }

  public Optional<Revision> revision(long documentId, int number) {
    return ctx.jdbc.read(
        h ->
            h.one(
                "SELECT " + COLUMNS + " FROM revision WHERE document_id = ? AND number = ?",
                Revisions::map,
                documentId,
                number));
  }

  public Optional<Revision> latest(long documentId) {
    return ctx.jdbc.read(h -> latest(h, documentId));
  }

  static Optional<Revision> latest(Handle h, long documentId) throws SQLException {
    return h.one(
        "SELECT "
            + COLUMNS
            + " FROM revision WHERE document_id = ? AND number ="
            + " (SELECT MAX(number) FROM revision WHERE document_id = ?)",
        Revisions::map,
        documentId,
        documentId);
  }

  /** The number of the latest revision of each of the organ's documents, by document id. */
  public Map<Long, Integer> latestNumbers(String organKey) {
    List<long[]> rows = ctx.jdbc.read(
        h ->
            h.list(
                "SELECT r.document_id, MAX(r.number) AS latest FROM revision r"
                    + " JOIN document d ON d.id = r.document_id WHERE d.organ_key = ?"
                    + " GROUP BY r.document_id",
                row -> new long[] {row.longValue("document_id"), row.intValue("latest")},
                organKey));
    Map<Long, Integer> out = new HashMap<>();
    rows.forEach(r -> out.put(r[0], (int) r[1]));
    return out;
  }

  /** The body of {@link #save}, for callers that are already inside a transaction. */
  static Revision append(
      Handle h, Instant now, long documentId, Long baseRevision, String text, String author)
      throws SQLException {
    requireText(text);
    if (author == null || author.isBlank()) {
      throw new InvalidInputException("Det saknas uppgift om vem som sparar.");
    }
    Documents.lockUnsealed(h, documentId);
    Optional<Revision> latest = latest(h, documentId);
    if (latest.isPresent() && !Long.valueOf(latest.get().number()).equals(baseRevision)) {
      throw new StaleRevisionException(latest.get());
    }
    if (latest.isEmpty() && baseRevision != null) {
      throw new ConflictException("Version " + baseRevision + " av dokumentet finns inte.");
    }
    int number = latest.map(r -> r.number() + 1).orElse(1);
    h.update(
        "INSERT INTO revision (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?)",
        documentId,
        number,
        text,
        author,
        now);
    return new Revision(documentId, number, text, author, now);
  }

  /** Fails with the latest revision unless {@code revision} is the latest one. */
  static Revision requireLatest(Handle h, long documentId, int revision) throws SQLException {
    Revision latest =
        latest(h, documentId)
            .orElseThrow(() -> new ConflictException("Dokumentet har ingen sparad version."));
    if (latest.number() != revision) {
      throw new StaleRevisionException(latest);
    }
    return latest;
  }

  private static void requireText(String text) {
    if (text == null) {
      throw new InvalidInputException("Texten saknas.");
    }
    // A char is at most 3 UTF-8 bytes, so only long texts need encoding to be measured.
    if (text.length() > MAX_TEXT_BYTES / 3
        && text.getBytes(StandardCharsets.UTF_8).length > MAX_TEXT_BYTES) {
      throw new InvalidInputException("Texten är större än 2 MB och kan inte sparas.");
    }
  }

  static Revision map(Row r) throws SQLException {
    return new Revision(
        r.longValue("document_id"),
        r.intValue("number"),
        r.string("text"),
        r.string("author"),
        r.instant("created_at"));
  }
}
