package se.paragraf.workflow.service;

import java.time.Clock;
import java.util.List;
import se.paragraf.store.ChangeProposal;
import se.paragraf.store.Database;

/**
 * Justering: send to the ordförande and the justerare, ändringsförslag and answers, signing with
 * the password re-entered, sealing when the last signature lands, and omedelbar justering of
 * single §§.
 */
public final class JusteringFlow {
  private final Database db;
  private final Sources sources;
  private final AuditTrail audit;
  private final Sealer sealer;
  private final Clock clock;

  JusteringFlow(Database db, Sources sources, AuditTrail audit, Sealer sealer, Clock clock) {
    this.db = db;
    this.sources = sources;
    this.audit = audit;
    this.sealer = sealer;
    this.clock = clock;
  }

  /**
   * "Skicka på justering": {@code revision} must be the latest and have no fel, the justerare must
   * be chosen; asks the ordförande and each justerare (also a §'s own) to sign.
   */
  public JusteringView send(long protokollId, int revision, Actor actor) {
    throw new UnsupportedOperationException();
  }

  /** The justering state of a protokoll or part. */
  public JusteringView view(long documentId) {
    throw new UnsupportedOperationException();
  }

  /** The documents waiting for the actor's signature (by {@link Actor#personName()}). */
  public List<DocumentSummary> toSign(Actor actor) {
    throw new UnsupportedOperationException();
  }

  /**
   * A signer leaves an ändringsförslag on § {@code paragraf} (null: the whole protokoll).
   *
   * @throws WorkflowRefusal.Forbidden when the actor is not asked to sign it
   */
  public ChangeProposal propose(long documentId, Integer paragraf, String text, Actor actor) {
    throw new UnsupportedOperationException();
  }

  /** The sekreterare answers an ändringsförslag. */
  public ChangeProposal answer(long documentId, long proposalId, String answer, Actor actor) {
    throw new UnsupportedOperationException();
  }

  /**
   * The actor signs {@code revision} (must be the latest) after re-entering the password. When it
   * is the last requested signature the protokoll is sealed, its anslag posted and its originals
   * stored.
   *
   * @throws WorkflowRefusal.Forbidden when the actor is not a requested signer or the password is
   *     wrong
   * @throws WorkflowRefusal.Conflict when the text changed since the signer read it
   */
  public SignResult sign(long documentId, int revision, String password, Actor actor) {
    throw new UnsupportedOperationException();
  }

  /** Takes the protokoll back from justering: every request and signature is withdrawn. */
  public JusteringView recall(long documentId, String reason, Actor actor) {
    throw new UnsupportedOperationException();
  }

  /**
   * Omedelbar justering: a part holding only the §§ marked "Omedelbar justering: ja" of
   * {@code revision}, sent at once to the ordförande and the justerare, signed and sealed on its
   * own.
   */
  public DocumentSummary omedelbarJustering(long protokollId, int revision, Actor actor) {
    throw new UnsupportedOperationException();
  }
}
