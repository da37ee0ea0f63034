package se.paragraf.workflow.service;

import java.util.ArrayList;
import java.util.List;
import se.paragraf.model.Arende;
import se.paragraf.model.Meeting;
import se.paragraf.model.Reservation;
import se.paragraf.render.markdown.MarkdownWriter;
import se.paragraf.store.Revision;
import se.paragraf.store.SourceKind;
import se.paragraf.store.StoredDocument;

/**
 * A ledamot or ersättare writes the motivation of a reservation the protokoll records for them,
 * before justering. The text is saved through the sekreterare's own save path, so a change after
 * a signature withdraws it like any other change.
 */
public final class ReservationFlow {
  /** Longest motivation accepted, in characters. */
  public static final int MAX_MOTIVERING = 5_000;

  private final Sources sources;
  private final AuditTrail audit;
  private final Saver saver;

  ReservationFlow(Sources sources, AuditTrail audit, Saver saver) {
    this.sources = sources;
    this.audit = audit;
    this.saver = saver;
  }

  /**
   * Sets the motivering of the actor's reservation in § {@code paragraf} and saves the text as a
   * new revision authored by the actor.
   *
   * @throws WorkflowRefusal.Conflict when the document is not an unsealed protokoll
   * @throws WorkflowRefusal.Forbidden when the § records no reservation by the actor's person
   * @throws WorkflowRefusal.Invalid when the § is missing or the motivering blank or too long
   */
  public SaveResult reservation(long documentId, int paragraf, String motivering, Actor actor) {
    StoredDocument d = sources.document(documentId);
    if (d.kind() != SourceKind.PROTOKOLL || d.parentId() != null) {
      throw new WorkflowRefusal.Conflict("Reservationer skrivs bara i ett protokoll.");
    }
    if (sources.sealed(documentId) || sources.status(d) == Status.JUSTERAT) {
      throw new WorkflowRefusal.Conflict("Protokollet är justerat och kan inte ändras.");
    }
    Revision r = sources.latest(documentId);
    Meeting m = sources.meeting(d, r);
    Arende arende = m.arenden().stream()
        .filter(a -> a.nummer() != null && a.nummer() == paragraf).findFirst()
        .orElseThrow(() -> new WorkflowRefusal.Invalid("§ " + paragraf
            + " finns inte i protokollet."));
    String person = actor.personName();
    if (person == null
        || arende.reservationer().stream().noneMatch(x -> x.namn().equals(person))) {
      throw new WorkflowRefusal.Forbidden("Protokollet för ingen reservation från dig i § "
          + paragraf + ".");
    }
    String text = motivering == null ? "" : motivering.strip();
    if (text.isEmpty()) {
      throw new WorkflowRefusal.Invalid("Skriv motiveringen till reservationen.");
    }
    if (text.length() > MAX_MOTIVERING) {
      throw new WorkflowRefusal.Invalid("Motiveringen får vara högst " + MAX_MOTIVERING
          + " tecken.");
    }
    Meeting changed = m.withArenden(m.arenden().stream()
        .map(a -> a == arende ? withMotivering(a, person, text) : a).toList());
    SaveResult saved = saver.save(documentId, r.number(), MarkdownWriter.write(changed), actor);
    audit.record(actor, AuditAction.RESERVATION, documentId, "§ " + paragraf + ": " + person
        + ".");
    return saved;
  }

  /** The § with {@code person}'s reservation carrying {@code motivering}. */
  static Arende withMotivering(Arende a, String person, String motivering) {
    List<Reservation> rs = new ArrayList<>();
    for (Reservation x : a.reservationer()) {
      rs.add(x.namn().equals(person) ? new Reservation(x.namn(), motivering, x.pos()) : x);
    }
    return new Arende(a.typ(), a.nummer(), a.rubrik(), a.dnr(), a.bilagor(), a.text(), a.beslut(),
        a.jav(), a.yrkanden(), a.propositionsordning(), a.omrostning(), rs, a.justerare(),
        a.omedelbarJustering(), a.utdragTill(), a.sekretess(), a.delpunkter(), a.pos());
  }
}
