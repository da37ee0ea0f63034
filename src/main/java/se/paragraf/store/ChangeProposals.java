package se.paragraf.store;

import java.sql.SQLException;
import java.util.List;

/** Ändringsförslag left on a protokoll during justering; each is answered at most once. */
public final class ChangeProposals {
  private static final String COLUMNS =
      "id, document_id, paragraf, author, text, created_at, answer, answered_by, answered_at";

  private final Context ctx;

  ChangeProposals(Context ctx) {
    this.ctx = ctx;
  }

  /** Records a proposal on § {@code paragraf} (null: the whole document). */
  public ChangeProposal propose(long documentId, Integer paragraf, String author, String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidInputException("Ändringsförslaget är tomt.");
    }
    return ctx.jdbc.write(
        h -> {
          Documents.lockUnsealed(h, documentId);
          long id =
              h.insert(
                  "INSERT INTO change_proposal (document_id, paragraf, author, text, created_at)"
                      + " VALUES (?, ?, ?, ?, ?) RETURNING id",
                  documentId,
                  paragraf,
                  author,
                  text,
                  ctx.now());
          return byId(h, id);
        });
  }

  /**
   * Answers the proposal.
   *
   * @throws ConflictException when it has been answered already
   */
  public ChangeProposal answer(long proposalId, String answer, String answeredBy) {
    if (answer == null || answer.isBlank()) {
      throw new InvalidInputException("Svaret är tomt.");
    }
    return ctx.jdbc.write(
        h -> {
          int updated =
              h.update(
                  "UPDATE change_proposal SET answer = ?, answered_by = ?, answered_at = ?"
                      + " WHERE id = ? AND answer IS NULL",
                  answer,
                  answeredBy,
                  ctx.now(),
                  proposalId);
          ChangeProposal p = byId(h, proposalId);
          if (updated == 0) {
            throw new ConflictException("Ändringsförslaget är redan besvarat av " + p.answeredBy() + ".");
          }
          return p;
        });
  }

  /** The document's proposals, oldest first. */
  public List<ChangeProposal> proposals(long documentId) {
    return ctx.jdbc.read(
        h ->
            h.list(
                "SELECT " + COLUMNS + " FROM change_proposal WHERE document_id = ? ORDER BY id",
                ChangeProposals::map,
                documentId));
  }

  private static ChangeProposal byId(Handle h, long id) throws SQLException {
    return h.one("SELECT " + COLUMNS + " FROM change_proposal WHERE id = ?", ChangeProposals::map, id)
        .orElseThrow(() -> new NotFoundException("Ändringsförslaget finns inte."));
  }

  private static ChangeProposal map(Row r) throws SQLException {
    return new ChangeProposal(
        r.longValue("id"),
        r.longValue("document_id"),
        r.integer("paragraf"),
        r.string("author"),
        r.string("text"),
        r.instant("created_at"),
        r.string("answer"),
        r.string("answered_by"),
        r.instant("answered_at"));
  }
}
