package se.paragraf.workflow.service;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.paragraf.model.Arende;
import se.paragraf.model.Meeting;
import se.paragraf.model.Organ;
import se.paragraf.model.Problem;
import se.paragraf.parse.Parsed;
import se.paragraf.render.Typografi;
import se.paragraf.render.markdown.MarkdownWriter;
import se.paragraf.store.Database;
import se.paragraf.store.NewDocument;
import se.paragraf.store.Revision;
import se.paragraf.store.SignRole;
import se.paragraf.store.SourceKind;
import se.paragraf.store.StoredDocument;
import se.paragraf.validate.Validator;
import se.paragraf.workflow.UtdragSelection;
import se.paragraf.workflow.WorkflowException;

/**
 * Omedelbar justering: the §§ marked "Omedelbar justering: ja" become a part of their own (a
 * document whose parent is the protokoll) that is justerad at the meeting, while the rest of the
 * protokoll may still be a draft. Only the part must be free of fel.
 */
final class Omedelbar {
  private final Database db;
  private final Sources sources;
  private final AuditTrail audit;

  Omedelbar(Database db, Sources sources, AuditTrail audit) {
    this.db = db;
    this.sources = sources;
    this.audit = audit;
  }

  DocumentSummary create(StoredDocument d, Revision r, Actor actor) {
    if (d.parentId() != null) {
      throw new WorkflowRefusal.Conflict("Det här är redan en omedelbart justerad del.");
    }
    Parsed<Meeting> parsed = sources.parse(d, r);
    if (parsed.value() == null || parsed.hasFel()) {
      throw new WorkflowRefusal.HasProblems("Protokollet kan inte läsas; rätta felen först.",
          parsed.problems().stream().filter(Problem::isFel).toList());
    }
    Meeting m = parsed.value();
    Set<Integer> taken = taken(d);
    List<Integer> chosen = m.arenden().stream()
        .filter(a -> a.omedelbarJustering() && a.nummer() != null && !taken.contains(a.nummer()))
        .map(Arende::nummer).toList();
    if (chosen.isEmpty()) {
      throw new WorkflowRefusal.Conflict(taken.isEmpty()
          ? "Ingen paragraf är markerad med \"Omedelbar justering: ja\"."
          : "De paragrafer som ska justeras omedelbart är redan skickade på justering.");
    }
    Meeting part;
    try {
      part = UtdragSelection.select(m, chosen);
    } catch (WorkflowException e) {
      throw new WorkflowRefusal.Conflict(e.getMessage());
    }
    Organ organ = sources.organ(d.organKey());
    List<Problem> fel = Validator.meeting(organ, part).stream().filter(Problem::isFel).toList();
    if (!fel.isEmpty()) {
      throw new WorkflowRefusal.HasProblems("De omedelbart justerade paragraferna har fel som"
          + " måste rättas först.", fel);
    }
    Map<String, SignRole> signers = Signers.of(organ, part);
    StoredDocument child = db.documents().create(new NewDocument(d.organKey(),
        SourceKind.PROTOKOLL, d.meetingDate(), Status.JUSTERING.label(), d.id()),
        MarkdownWriter.write(part), actor.username());
    Signers.request(db, child.id(), signers);
    String what = Typografi.paragrafer(chosen) + " ur version " + r.number() + " till "
        + Signers.describe(signers) + ".";
    audit.record(actor, AuditAction.OMEDELBAR_JUSTERING, child.id(), what);
    audit.record(actor, AuditAction.OMEDELBAR_JUSTERING, d.id(), what + " (dokument "
        + child.id() + ")");
    return sources.summary(child);
  }

  /** The §§ some part of {@code d} already holds. */
  private Set<Integer> taken(StoredDocument d) {
    Set<Integer> out = new HashSet<>();
    for (StoredDocument part : sources.parts(d)) {
      Parsed<Meeting> p = sources.parse(part, sources.latest(part.id()));
      if (p.value() != null) {
        out.addAll(p.value().paragrafer());
      }
    }
    return out;
  }
}
