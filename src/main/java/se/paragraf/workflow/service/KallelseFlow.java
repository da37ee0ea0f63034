package se.paragraf.workflow.service;

import java.time.LocalDate;
import java.util.List;
import se.paragraf.store.Database;
import se.paragraf.store.SentCopy;

/** A new kallelse from the skeleton, and "Skicka kallelse". */
public final class KallelseFlow {
  private final Database db;
  private final Sources sources;
  private final AuditTrail audit;

  KallelseFlow(Database db, Sources sources, AuditTrail audit) {
    this.db = db;
    this.sources = sources;
    this.audit = audit;
  }

  /**
   * Creates a kallelse for the meeting on {@code datum} from the skeleton (formalia items,
   * Informationsärenden, Övriga frågor).
   *
   * @param tid "09.00–15.00" or a start time
   * @throws WorkflowRefusal.Conflict when the meeting already has a kallelse
   */
  public DocumentSummary create(
      String organKey, LocalDate datum, String tid, String plats, Actor actor) {
    throw new UnsupportedOperationException();
  }

  /** The skeleton text of a new kallelse. */
  public static String skeleton(LocalDate datum, String tid, String plats) {
    throw new UnsupportedOperationException();
  }

  /**
   * "Skicka kallelse": renders {@code revision} (which must be the latest) to DOCX and HTML, stores
   * them as the sent copy and marks the kallelse sent.
   *
   * @throws WorkflowRefusal.HasProblems when the kallelse has fel
   */
  public SendResult send(long documentId, int revision, Actor actor) {
    throw new UnsupportedOperationException();
  }

  /** Every copy sent, oldest first. */
  public List<SentCopy> sentCopies(long documentId) {
    throw new UnsupportedOperationException();
  }
}
