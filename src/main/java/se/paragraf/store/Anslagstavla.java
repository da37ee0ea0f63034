package se.paragraf.store;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import se.paragraf.model.Anslag;

/**
 * The organs' digital anslagstavla: one tillkännagivande per justerat (sealed) protokoll. A
 * posting is on the board from {@code uppsatt} through {@code nedtas} and stays in the archive.
 */
public final class Anslagstavla {
  private static final String SELECT =
      "SELECT a.document_id, d.organ_key, d.meeting_date, a.justerat, a.uppsatt, a.nedtas,"
          + " a.sista_dag_overklagande, a.forvaringsplats, a.created_at"
          + " FROM anslag a JOIN document d ON d.id = a.document_id";

  private final Context ctx;

  Anslagstavla(Context ctx) {
    this.ctx = ctx;
  }

  /**
   * Posts the tillkännagivande of a sealed document.
   *
   * @throws ConflictException when the document is not sealed or already posted
   */
  public PostedAnslag post(long documentId, Anslag anslag) {
    if (anslag.justerat() == null
        || anslag.uppsatt() == null
        || anslag.nedtas() == null
        || anslag.sistaDagForOverklagande() == null
        || anslag.forvaringsplats() == null) {
      throw new InvalidInputException("Anslaget saknar datum eller förvaringsplats.");
    }
    if (anslag.nedtas().isBefore(anslag.uppsatt().plusWeeks(3))) {
      throw new InvalidInputException("Anslaget ska sitta uppe i minst tre veckor.");
    }
    return ctx.jdbc.write(
        h -> {
          Documents.lock(h, documentId);
          if (!Seals.isSealed(h, documentId)) {
            throw new ConflictException("Protokollet är inte justerat och kan inte anslås.");
          }
          if (find(h, documentId).isPresent()) {
            throw new ConflictException("Justeringen är redan tillkännagiven.");
          }
          h.update(
              "INSERT INTO anslag (document_id, justerat, uppsatt, nedtas, sista_dag_overklagande,"
                  + " forvaringsplats, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
              documentId,
              anslag.justerat(),
              anslag.uppsatt(),
              anslag.nedtas(),
              anslag.sistaDagForOverklagande(),
              anslag.forvaringsplats(),
              ctx.now());
          return find(h, documentId).orElseThrow();
        });
  }

  public Optional<PostedAnslag> anslag(long documentId) {
    return ctx.jdbc.read(h -> find(h, documentId));
  }

  /** What is on the organ's board on {@code day}: posted on or before it, not yet taken down. */
  public List<PostedAnslag> board(String organKey, LocalDate day) {
    return ctx.jdbc.read(
        h ->
            h.list(
                SELECT
                    + " WHERE d.organ_key = ? AND a.uppsatt <= ? AND a.nedtas >= ?"
                    + " ORDER BY a.uppsatt DESC, a.document_id DESC",
                Anslagstavla::map,
                organKey,
                day,
                day));
  }

  /** Every posting of the organ, newest first. */
  public List<PostedAnslag> archive(String organKey) {
    return ctx.jdbc.read(
        h ->
            h.list(
                SELECT + " WHERE d.organ_key = ? ORDER BY a.uppsatt DESC, a.document_id DESC",
                Anslagstavla::map,
                organKey));
  }

  private static Optional<PostedAnslag> find(Handle h, long documentId) throws SQLException {
    return h.one(SELECT + " WHERE a.document_id = ?", Anslagstavla::map, documentId);
  }

  private static PostedAnslag map(Row r) throws SQLException {
    return new PostedAnslag(
        r.longValue("document_id"),
        r.string("organ_key"),
        r.date("meeting_date"),
        new Anslag(
            r.date("justerat"),
            r.date("uppsatt"),
            r.date("nedtas"),
            r.date("sista_dag_overklagande"),
            r.string("forvaringsplats")),
        r.instant("created_at"));
  }
}
