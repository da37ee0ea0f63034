package se.paragraf.workflow.service;

import java.time.LocalDate;
import java.util.List;
import se.paragraf.model.Document;
import se.paragraf.model.Problem;
import se.paragraf.store.Database;
import se.paragraf.store.NewDocument;
import se.paragraf.store.Revision;
import se.paragraf.store.SentCopy;
import se.paragraf.store.SourceKind;
import se.paragraf.store.StoredDocument;

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
   * @throws WorkflowRefusal.Invalid when the date, time or place cannot be used
   */
  public DocumentSummary create(
      String organKey, LocalDate datum, String tid, String plats, Actor actor) {
    if (datum == null) {
      throw new WorkflowRefusal.Invalid("Ange sammanträdets datum.");
    }
    if (tid == null || tid.isBlank() || plats == null || plats.isBlank()) {
      throw new WorkflowRefusal.Invalid("Ange sammanträdets tid och plats.");
    }
    sources.organ(organKey);
    boolean exists = sources.documents(organKey, SourceKind.KALLELSE).stream()
        .anyMatch(k -> k.meetingDate().equals(datum));
    if (exists) {
      throw new WorkflowRefusal.Conflict("Det finns redan en kallelse till sammanträdet "
          + datum + ".");
    }
    String text = skeleton(datum, tid, plats);
    StoredDocument probe = new StoredDocument(0, organKey, SourceKind.KALLELSE, datum,
        Status.UTKAST.label(), null, null);
    List<Problem> fel = sources.parse(probe, text).problems().stream()
        .filter(Problem::isFel).toList();
    if (!fel.isEmpty()) {
      throw new WorkflowRefusal.Invalid(fel.get(0).message());
    }
    StoredDocument d = db.documents().create(new NewDocument(organKey, SourceKind.KALLELSE, datum,
        Status.UTKAST.label(), null), text, actor.username());
    audit.record(actor, AuditAction.SKAPA, d.id(), "Kallelse till sammanträdet " + datum + ".");
    return sources.summary(d);
  }

  /** The skeleton text of a new kallelse. */
  public static String skeleton(LocalDate datum, String tid, String plats) {
    return "---\n"
        + "typ: kallelse\n"
        + "datum: " + datum + "\n"
        + "tid: " + yamlString(tid.strip()) + "\n"
        + "plats: " + yamlString(plats.strip()) + "\n"
        + "---\n"
        + "\n"
        + "# Genomgång av protokoll från föregående möte\n"
        + "\n"
        + "Förslag:\n"
        + "att lägga protokollet till handlingarna\n"
        + "\n"
        + "# Val av justerare\n"
        + "\n"
        + "Förslag:\n"
        + "att utse ____ till justerare\n"
        + "\n"
        + "# Informationsärenden\n"
        + "\n"
        + "# Övriga frågor\n";
  }

  /** A double-quoted YAML scalar: safe whatever the user typed (colons, #, quotes). */
  static String yamlString(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c == '\n' || c == '\r' || c == '\t') {
        sb.append(' ');
      } else {
        sb.append(c);
      }
    }
    return sb.append('"').toString();
  }

  /**
   * "Skicka kallelse": renders {@code revision} (which must be the latest) to DOCX and HTML, stores
   * them as the sent copy and marks the kallelse sent.
   *
   * @throws WorkflowRefusal.HasProblems when the kallelse has fel
   * @throws WorkflowRefusal.Conflict when it was changed since {@code revision} or is sent already
   */
  public SendResult send(long documentId, int revision, Actor actor) {
    StoredDocument d = sources.document(documentId);
    Status next = Transitions.require(d.kind(), sources.status(d), Action.SKICKA_KALLELSE);
    Revision r = sources.latest(documentId);
    if (r.number() != revision) {
      throw new WorkflowRefusal.Conflict("Kallelsen har ändrats (version " + r.number()
          + ") sedan du öppnade version " + revision + ". Granska den senaste versionen innan du"
          + " skickar.");
    }
    Checked c = sources.check(d, r);
    if (c.hasFel()) {
      throw new WorkflowRefusal.HasProblems(
          "Kallelsen har fel som måste rättas innan den skickas.",
          c.problems().stream().filter(Problem::isFel).toList());
    }
    Document doc = Document.of(sources.organ(d.organKey()), c.meeting(), null);
    byte[] docx = sources.render(doc, "docx");
    byte[] html = sources.render(doc, "html");
    SentCopy copy = db.sentCopies().record(documentId, r.number(), actor.username(), docx, html);
    db.documents().setStatus(documentId, d.status(), next.label());
    audit.record(actor, AuditAction.SKICKA_KALLELSE, documentId, "Version " + r.number() + ".");
    return new SendResult(sources.summary(documentId), copy);
  }

  /** Every copy sent, oldest first. */
  public List<SentCopy> sentCopies(long documentId) {
    sources.document(documentId);
    return db.sentCopies().copies(documentId);
  }
}
