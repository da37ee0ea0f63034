package se.paragraf.store;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Kallelser and protokoll (and organ profiles) with their workflow status. */
public final class Documents {
  private static final String COLUMNS =
      "id, organ_key, kind, meeting_date, status, parent_id, created_at";

  private final Context ctx;

  Documents(Context ctx) {
    this.ctx = ctx;
  }

  /**
   * Creates a kallelse or protokoll with {@code text} as its revision 1, in one transaction.
   *
   * @throws NotFoundException when the organ or the parent does not exist
   */
  public StoredDocument create(NewDocument doc, String text, String author) {
    if (doc.kind() == SourceKind.ORGAN) {
      throw new InvalidInputException("En organprofil skapas tillsammans med organet.");
    }
    if (doc.meetingDate() == null) {
      throw new InvalidInputException("Sammanträdesdatum saknas.");
    }
    return ctx.jdbc.write(
        h -> {
          Organs.require(h, doc.organKey());
          if (doc.parentId() != null) {
            lock(h, doc.parentId());
          } else if (doc.kind() == SourceKind.KALLELSE) {
            requireNoKallelse(h, doc.organKey(), doc.meetingDate());
          }
          StoredDocument created = insert(h, ctx.now(), doc);
          Revisions.append(h, ctx.now(), created.id(), null, text, author);
          return created;
        });
  }

  /**
   * One kallelse per meeting, also when two instances create one at the same moment: the
   * creators queue on the organ's row (SQLite's write transaction already holds the lock).
   */
  private static void requireNoKallelse(Handle h, String organKey, LocalDate date)
      throws SQLException {
    h.one("SELECT key FROM organ WHERE key = ?" + h.dialect().forUpdate(), r -> r.string("key"),
        organKey);
    boolean exists = h.one("SELECT id FROM document WHERE organ_key = ? AND meeting_date = ?"
            + " AND kind = ? AND parent_id IS NULL", r -> r.longValue("id"),
        organKey, date, SourceKind.KALLELSE.label()).isPresent();
    if (exists) {
      throw new ConflictException("Det finns redan en kallelse till sammanträdet " + date + ".");
    }
  }

  public Optional<StoredDocument> document(long id) {
    return ctx.jdbc.read(
        h -> h.one("SELECT " + COLUMNS + " FROM document WHERE id = ?", Documents::map, id));
  }

  /** The organ's kallelser and protokoll, by meeting date (the organ profile left out). */
  public List<StoredDocument> documents(String organKey) {
    return ctx.jdbc.read(
        h ->
            h.list(
                "SELECT "
                    + COLUMNS
                    + " FROM document WHERE organ_key = ? AND kind <> 'organ'"
                    + " ORDER BY meeting_date, kind, id",
                Documents::map,
                organKey));
  }

  /** The documents of one meeting. */
  public List<StoredDocument> meeting(String organKey, LocalDate meetingDate) {
    return ctx.jdbc.read(
        h ->
            h.list(
                "SELECT "
                    + COLUMNS
                    + " FROM document WHERE organ_key = ? AND meeting_date = ? ORDER BY kind, id",
                Documents::map,
                organKey,
                meetingDate));
  }

  /**
   * Moves the document from status {@code expected} to {@code next}; refused when another
   * request moved it first, so two clicks on "Skicka" cannot both win.
   *
   * @throws ConflictException when the status is no longer {@code expected}
   */
  public StoredDocument setStatus(long id, String expected, String next) {
    Objects.requireNonNull(next, "next");
    return ctx.jdbc.write(
        h -> {
          StoredDocument doc = lock(h, id);
          if (!doc.status().equals(expected)) {
            throw new ConflictException(
                "Dokumentets status har redan ändrats till \"" + doc.status() + "\".");
          }
          h.update("UPDATE document SET status = ? WHERE id = ?", next, id);
          return new StoredDocument(
              doc.id(), doc.organKey(), doc.kind(), doc.meetingDate(), next, doc.parentId(),
              doc.createdAt());
        });
  }

  static StoredDocument insert(Handle h, Instant now, NewDocument doc) throws SQLException {
    long id =
        h.insert(
            "INSERT INTO document (organ_key, kind, meeting_date, status, parent_id, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
            doc.organKey(),
            doc.kind().label(),
            doc.meetingDate(),
            doc.status(),
            doc.parentId(),
            now);
    return new StoredDocument(
        id, doc.organKey(), doc.kind(), doc.meetingDate(), doc.status(), doc.parentId(), now);
  }

  /** Reads the document and, on PostgreSQL, locks its row until the transaction ends. */
  static StoredDocument lock(Handle h, long id) throws SQLException {
    return h.one(
            "SELECT " + COLUMNS + " FROM document WHERE id = ?" + h.dialect().forUpdate(),
            Documents::map,
            id)
        .orElseThrow(() -> new NotFoundException("Dokumentet finns inte."));
  }

  /** As {@link #lock}, and fails when the document is sealed. */
  static StoredDocument lockUnsealed(Handle h, long id) throws SQLException {
    StoredDocument doc = lock(h, id);
    if (Seals.isSealed(h, id)) {
      throw new SealedException(id);
    }
    return doc;
  }

  static StoredDocument map(Row r) throws SQLException {
    return new StoredDocument(
        r.longValue("id"),
        r.string("organ_key"),
        SourceKind.ofLabel(r.string("kind")),
        r.date("meeting_date"),
        r.string("status"),
        r.longOrNull("parent_id"),
        r.instant("created_at"));
  }
}
