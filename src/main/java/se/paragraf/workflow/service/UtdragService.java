package se.paragraf.workflow.service;

import java.util.List;
import java.util.stream.Collectors;
import se.paragraf.model.Anslag;
import se.paragraf.model.Document;
import se.paragraf.model.Meeting;
import se.paragraf.render.Typografi;
import se.paragraf.store.Database;
import se.paragraf.store.PostedAnslag;
import se.paragraf.store.Seal;
import se.paragraf.store.StoredDocument;
import se.paragraf.workflow.UtdragSelection;
import se.paragraf.workflow.WorkflowException;

/**
 * Certified protokollsutdrag ("Rätt utdraget intygar") from a justerat protokoll, always from the
 * sealed revision, printed with the seal's reference ({@link #sealReference}) under "Rätt utdraget
 * intygar" and logged with each utdrag.
 */
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
    StoredDocument d = sources.document(documentId);
    Transitions.require(d.kind(), sources.status(d), Action.UTDRAG);
    Seal seal = db.seals().seal(documentId)
        .orElseThrow(() -> new WorkflowRefusal.Conflict(Transitions.NOT_JUSTERAT_UTDRAG));
    if (paragrafer == null || paragrafer.isEmpty()) {
      throw new WorkflowRefusal.Invalid("Ange vilka paragrafer utdraget ska innehålla.");
    }
    Anslag anslag = db.anslagstavla().anslag(documentId).map(PostedAnslag::anslag)
        .orElse(SealRecord.of(seal).anslag());
    Meeting m = Sealer.asJusterat(
        sources.meeting(d, sources.revision(documentId, seal.revision())), anslag);
    try {
      UtdragSelection.select(m, paragrafer);
    } catch (WorkflowException e) {
      throw new WorkflowRefusal.Invalid(e.getMessage());
    }
    String reference = Sealer.reference(seal);
    byte[] bytes = sources.render(Document.utdrag(sources.organ(d.organKey()), m, paragrafer,
        anslag).withReferens(reference), format);
    audit.record(actor, AuditAction.UTDRAG, documentId, Typografi.paragrafer(paragrafer) + " ("
        + format + "), försegling " + reference + ".");
    String suffix = paragrafer.stream().map(String::valueOf).collect(Collectors.joining("-"));
    String name = d.organKey() + "-" + d.meetingDate() + "-utdrag-" + suffix + "."
        + sources.extension(format);
    return new Rendition(format, Rendition.contentType(format), name, bytes,
        Rendition.Origin.UTDRAG);
  }

  /** The seal reference an utdrag of the document certifies against ("42-3f2a9c1b7d4e"). */
  public String sealReference(long documentId) {
    sources.document(documentId);
    return db.seals().seal(documentId).map(Sealer::reference)
        .orElseThrow(() -> new WorkflowRefusal.Conflict(Transitions.NOT_JUSTERAT_UTDRAG));
  }
}
