package se.paragraf.workflow.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.paragraf.model.Arende;
import se.paragraf.model.Meeting;
import se.paragraf.model.Numrering;
import se.paragraf.model.Organ;
import se.paragraf.parse.Parsed;
import se.paragraf.render.markdown.MarkdownWriter;
import se.paragraf.store.Database;
import se.paragraf.store.Ledger;
import se.paragraf.store.NewDocument;
import se.paragraf.store.Revision;
import se.paragraf.store.SourceKind;
import se.paragraf.store.StoredDocument;
import se.paragraf.workflow.ProtokollDraft;
import se.paragraf.workflow.WorkflowException;

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
   * <p>The ledger hands out the numbers in its own transaction, so two instances creating
   * protokoll for one organ at once get disjoint ranges; should this instance's draft have
   * assumed other numbers, the draft is renumbered to the allocated ones as revision 2.
   *
   * @throws WorkflowRefusal.Conflict when the meeting has a protokoll already, the kallelse is not
   *     sent, or an earlier meeting of the series has no protokoll yet
   */
  public DocumentSummary create(long kallelseId, Actor actor) {
    StoredDocument k = sources.document(kallelseId);
    if (k.kind() != SourceKind.KALLELSE) {
      throw new WorkflowRefusal.Conflict(Transitions.ONLY_KALLELSE);
    }
    Transitions.require(k.kind(), sources.status(k), Action.SKAPA_PROTOKOLL);
    Optional<StoredDocument> existing = protokollOf(k);
    if (existing.isPresent()) {
      StoredDocument p = existing.get();
      if (!interrupted(p)) {
        throw new WorkflowRefusal.Conflict("Det finns redan ett protokoll för sammanträdet "
            + k.meetingDate() + ".");
      }
      // a create that died between the document and its numbers: finish it
      Meeting draft = sources.meeting(p, sources.latest(p.id()));
      number(p, draft, sources.organ(p.organKey()), actor);
      return sources.summary(p.id());
    }
    Organ organ = sources.organ(k.organKey());
    Meeting draft;
    try {
      draft = ProtokollDraft.from(organ, sources.meeting(k, sources.latest(k.id())),
          latest(k.organKey(), SourceKind.KALLELSE), latest(k.organKey(), SourceKind.PROTOKOLL));
    } catch (WorkflowException e) {
      throw new WorkflowRefusal.Conflict(e.getMessage());
    }
    if (draft.paragrafer().isEmpty()) {
      throw new WorkflowRefusal.Conflict("Kallelsen har inga ärenden att göra paragrafer av.");
    }
    StoredDocument p = db.documents().create(new NewDocument(k.organKey(), SourceKind.PROTOKOLL,
        k.meetingDate(), Status.UTKAST.label(), null), MarkdownWriter.write(draft),
        actor.username());
    audit.record(actor, AuditAction.SKAPA_PROTOKOLL, p.id(), "Från kallelsen (dokument "
        + k.id() + ", version " + sources.latest(k.id()).number() + ").");
    number(p, draft, organ, actor);
    giveWayToEarlier(k, p, actor);
    return sources.summary(p.id());
  }

  /**
   * Two creators for one meeting (two clicks, two instances) both pass the check for an existing
   * protokoll. The ledger serialises their allocations, so the later one sees the earlier one's
   * numbers: it gives its own back and refuses. Its document stays, without numbers, and is never
   * chosen as the meeting's protokoll.
   */
  private void giveWayToEarlier(StoredDocument k, StoredDocument p, Actor actor) {
    List<Integer> mine = db.ledger().numbers(p.id());
    for (StoredDocument other : sameMeeting(k)) {
      List<Integer> theirs = other.id() == p.id() ? List.of() : db.ledger().numbers(other.id());
      if (!theirs.isEmpty() && theirs.get(0) < mine.get(0)) {
        db.ledger().resize(p.id(), 0);
        audit.record(actor, AuditAction.PARAGRAFNUMMER, p.id(), "Numren lämnades tillbaka:"
            + " protokollet för sammanträdet skapades samtidigt som dokument " + other.id() + ".");
        throw new WorkflowRefusal.Conflict("Det finns redan ett protokoll för sammanträdet "
            + k.meetingDate() + ".");
      }
    }
  }

  /** Allocates the draft's §§ in the ledger and renumbers the text if the ledger says otherwise. */
  private void number(StoredDocument p, Meeting draft, Organ organ, Actor actor) {
    int series = organ.numrering() == Numrering.LOPANDE ? Ledger.LOPANDE
        : p.meetingDate().getYear();
    int count = draft.paragrafer().size();
    int first = db.ledger().allocate(p.organKey(), series, count, p.id(), organ.forstaParagraf());
    int assumed = draft.paragrafer().get(0);
    if (first != assumed) {
      Revision r = sources.latest(p.id());
      Revision renumbered = db.revisions().save(p.id(), (long) r.number(),
          MarkdownWriter.write(renumber(draft, first)), actor.username());
      audit.record(actor, AuditAction.PARAGRAFNUMMER, p.id(), "Numrerat från § " + first
          + " enligt numreringen i databasen (version " + renumbered.number() + ").");
    }
  }

  private static Meeting renumber(Meeting m, int first) {
    List<Arende> out = new ArrayList<>();
    int n = first;
    for (Arende a : m.arenden()) {
      out.add(a.nummer() == null ? a : a.withNummer(n++));
    }
    return m.withArenden(out);
  }

  /** A protokoll left without ledger numbers by a create that did not finish. */
  private boolean interrupted(StoredDocument p) {
    return db.ledger().numbers(p.id()).isEmpty() && sources.latest(p.id()).number() == 1
        && sources.status(p) == Status.UTKAST && !sources.sealed(p.id());
  }

  /** The protokoll of the kallelse's meeting, if drafted. */
  public Optional<DocumentSummary> protokollFor(long kallelseId) {
    return protokollOf(sources.document(kallelseId)).map(sources::summary);
  }

  private Optional<StoredDocument> protokollOf(StoredDocument k) {
    return sources.protokollOf(sameMeeting(k));
  }

  private List<StoredDocument> sameMeeting(StoredDocument k) {
    return sources.mainProtokoll(k.organKey()).stream()
        .filter(p -> p.meetingDate().equals(k.meetingDate())).toList();
  }

  /**
   * The latest revisions of the organ's documents of {@code kind} that can be read; a draft with
   * fel still holds its meeting and its numbers.
   */
  private List<Meeting> latest(String organKey, SourceKind kind) {
    List<Meeting> out = new ArrayList<>();
    for (StoredDocument d : sources.documents(organKey, kind)) {
      Parsed<Meeting> p = sources.parse(d, sources.latest(d.id()));
      if (p.value() != null && p.value().datum() != null) {
        out.add(p.value());
      }
    }
    return out;
  }
}
