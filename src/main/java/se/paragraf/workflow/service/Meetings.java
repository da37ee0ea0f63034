package se.paragraf.workflow.service;

import java.time.Clock;
import java.util.List;
import se.paragraf.model.Organ;
import se.paragraf.store.Database;
import se.paragraf.store.Revision;

/**
 * The sekreterare's workspace over the store: the organ page (meetings, statuses, what is due),
 * the editor (open, check, preview, save), revisions and their differences, downloads.
 */
public final class Meetings {
  private final Database db;
  private final Sources sources;
  private final AuditTrail audit;
  private final Clock clock;

  Meetings(Database db, Sources sources, AuditTrail audit, Clock clock) {
    this.db = db;
    this.sources = sources;
    this.audit = audit;
    this.clock = clock;
  }

  /** The organ profile (latest organ.yaml) as the model. */
  public Organ organ(String organKey) {
    throw new UnsupportedOperationException();
  }

  /** The years that have meetings in the organ, newest first. */
  public List<Integer> years(String organKey) {
    throw new UnsupportedOperationException();
  }

  /** The organ's meetings in {@code year}, by date, with their documents and what is due. */
  public List<MeetingOverview> year(String organKey, int year) {
    throw new UnsupportedOperationException();
  }

  /** One document's summary. */
  public DocumentSummary summary(long documentId) {
    throw new UnsupportedOperationException();
  }

  /** The latest revision with its parsed model and problems (the checks of paragraf check). */
  public OpenDocument open(long documentId) {
    throw new UnsupportedOperationException();
  }

  /** Problems of an unsaved text of the document (for the editor's live list). */
  public Checked check(long documentId, String text) {
    throw new UnsupportedOperationException();
  }

  /**
   * The unsaved {@code text} of the document rendered in {@code format} ("html", "docx", "md"),
   * for the live preview. A text that cannot be read is refused with its problems.
   *
   * @throws WorkflowRefusal.HasProblems when the text has fel that stop rendering
   */
  public byte[] preview(long documentId, String text, String format) {
    throw new UnsupportedOperationException();
  }

  /**
   * The document for download: a justerat protokoll's original, a sent and unchanged kallelse's
   * sent copy, otherwise rendered from the latest revision.
   */
  public Rendition rendition(long documentId, String format) {
    throw new UnsupportedOperationException();
  }

  /**
   * Saves {@code text} as a new revision based on {@code baseRevision}. A sent kallelse becomes
   * "reviderad"; on a protokoll on justering every signature given is withdrawn (the result says
   * so); a justerat protokoll is refused.
   *
   * @throws WorkflowRefusal.StaleSave when {@code baseRevision} is not the latest (both versions)
   * @throws WorkflowRefusal.Conflict when the state refuses a change
   */
  public SaveResult save(long documentId, int baseRevision, String text, Actor actor) {
    throw new UnsupportedOperationException();
  }

  /** Every revision, oldest first. */
  public List<Revision> revisions(long documentId) {
    throw new UnsupportedOperationException();
  }

  /** The line differences from revision {@code from} to revision {@code to}. */
  public List<DiffLine> diff(long documentId, int from, int to) {
    throw new UnsupportedOperationException();
  }
}
