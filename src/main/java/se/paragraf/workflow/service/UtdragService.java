package se.paragraf.workflow.service;

import java.util.List;
import se.paragraf.store.Database;

/** Certified protokollsutdrag ("Rätt utdraget intygar") from a justerat protokoll. */
public final class UtdragService {
  private final Database db;
  private final Sources sources;
  private final AuditTrail audit;

  UtdragService(Database db, Sources sources, AuditTrail audit) {
    this.db = db;
    this.sources = sources;
    this.audit = audit;
  }

  /**
   * The utdrag of {@code paragrafer} from the sealed document (a protokoll or an omedelbart
   * justerad part), rendered in {@code format}, logged.
   *
   * @throws WorkflowRefusal.Conflict when the document is not justerat
   * @throws WorkflowRefusal.Invalid when a § is not in it
   */
  public Rendition utdrag(long documentId, List<Integer> paragrafer, String format, Actor actor) {
    throw new UnsupportedOperationException();
  }

  /** The seal reference an utdrag of the document certifies against ("42-3f2a9c1b7d4e"). */
  public String sealReference(long documentId) {
    throw new UnsupportedOperationException();
  }
}
