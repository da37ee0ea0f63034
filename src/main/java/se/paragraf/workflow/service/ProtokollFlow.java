package se.paragraf.workflow.service;

import java.util.Optional;
import se.paragraf.store.Database;

/** "Skapa protokoll": the draft from a kallelse, numbered from the § ledger in the store. */
public final class ProtokollFlow {
  private final Database db;
  private final Sources sources;
  private final AuditTrail audit;

  ProtokollFlow(Database db, Sources sources, AuditTrail audit) {
    this.db = db;
    this.sources = sources;
    this.audit = audit;
  }

  /**
   * Drafts the protokoll of the kallelse's meeting: §§ allocated from the ledger (series 0 for
   * löpande, the year for per år), decisions from the proposals, attendance from the register.
   *
   * @throws WorkflowRefusal.Conflict when the meeting has a protokoll already, or the kallelse is
   *     not sent
   */
  public DocumentSummary create(long kallelseId, Actor actor) {
    throw new UnsupportedOperationException();
  }

  /** The protokoll of the kallelse's meeting, if drafted. */
  public Optional<DocumentSummary> protokollFor(long kallelseId) {
    throw new UnsupportedOperationException();
  }
}
