package se.paragraf.workflow.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.paragraf.model.Meeting;
import se.paragraf.parse.Parsed;
import se.paragraf.store.ConflictException;
import se.paragraf.store.Database;
import se.paragraf.store.Revision;
import se.paragraf.store.Seal;
import se.paragraf.store.Signature;
import se.paragraf.store.SourceKind;
import se.paragraf.store.StaleRevisionException;
import se.paragraf.store.StoredDocument;

/**
 * One save: the state's rule, the revision, and its consequences — a sent kallelse becomes
 * reviderad, signatures given on an older revision are withdrawn, the § range in the ledger follows
 * the draft, §§ justerade at the meeting keep their text.
 */
final class Saver {
  private final Database db;
  private final Sources sources;
  private final AuditTrail audit;

  Saver(Database db, Sources sources, AuditTrail audit) {
    this.db = db;
    this.sources = sources;
    this.audit = audit;
  }

  SaveResult save(long documentId, int baseRevision, String text, Actor actor) {
    StoredDocument d = sources.document(documentId);
    Status status = sources.status(d);
    Status next = Transitions.require(d.kind(), status, Action.SPARA);
    Parsed<Meeting> parsed = sources.parse(d, text);
    if (parsed.value() != null) {
      Parts.requireUnchanged(db, sources, d, parsed.value());
    }
    Revision r;
    try {
      r = db.revisions().save(documentId, (long) baseRevision, text, actor.username());
    } catch (StaleRevisionException e) {
      throw new WorkflowRefusal.StaleSave(baseRevision, e.current(), text);
    }
    audit.record(actor, AuditAction.SPARA, documentId, "Version " + r.number() + ".");
    List<String> notices = new ArrayList<>();
    List<Signature> withdrawn = withdrawOlder(d, r, actor, notices);
    if (next != status) {
      moveStatus(d, next);
      if (next == Status.REVIDERAD) {
        notices.add("Kallelsen är ändrad sedan den skickades och visas som reviderad tills den"
            + " skickas igen.");
      }
    }
    if (d.kind() == SourceKind.PROTOKOLL && d.parentId() == null && parsed.value() != null) {
      followLedger(d, parsed.value(), actor, notices);
    }
    Checked c = sources.check(d, r);
    return new SaveResult(sources.summary(d.id()), r, c.problems(), withdrawn, notices);
  }

  /**
   * Every signature given on a revision before {@code r} is withdrawn, with the reason, and its
   * signer is asked again to sign the new text.
   */
  private List<Signature> withdrawOlder(StoredDocument d, Revision r, Actor actor,
      List<String> notices) {
    List<Signature> out = new ArrayList<>();
    String reason = "Texten ändrades av " + actor.displayName() + " (version " + r.number()
        + ") efter justeringen.";
    for (Signature s : db.signatures().signatures(d.id())) {
      if (s.isSigned() && s.revision() < r.number()) {
        try {
          out.add(db.signatures().withdraw(s.id(), reason));
          Signers.request(db, d.id(), Map.of(s.personName(), s.role()));
        } catch (ConflictException e) {
          continue; // withdrawn meanwhile by another request
        }
        audit.record(actor, AuditAction.JUSTERING_ATERKALLAD, d.id(),
            s.personName() + " (version " + s.revision() + "): " + reason);
        notices.add(s.personName() + "s justering av version " + s.revision()
            + " har återkallats eftersom texten ändrades. " + s.personName()
            + " behöver justera version " + r.number() + ".");
      }
    }
    return out;
  }

  private void moveStatus(StoredDocument d, Status next) {
    StoredDocument now = sources.document(d.id());
    if (!now.status().equals(next.label())) {
      try {
        db.documents().setStatus(d.id(), now.status(), next.label());
      } catch (ConflictException e) {
        // another request moved it at the same moment; its state stands
      }
    }
  }

  /**
   * A draft whose §§ still start at the first number it holds may grow or shrink its range; any
   * other numbering is left to the series check to report.
   */
  private void followLedger(StoredDocument d, Meeting m, Actor actor, List<String> notices) {
    List<Integer> held = db.ledger().numbers(d.id());
    List<Integer> nums = m.paragrafer();
    if (held.isEmpty() || nums.isEmpty()) {
      return;
    }
    int min = nums.stream().mapToInt(Integer::intValue).min().orElseThrow();
    int max = nums.stream().mapToInt(Integer::intValue).max().orElseThrow();
    int want = max - min + 1;
    if (min != held.get(0) || want == held.size()) {
      return;
    }
    try {
      List<Integer> now = db.ledger().resize(d.id(), want);
      audit.record(actor, AuditAction.PARAGRAFNUMMER, d.id(), "Protokollet har nu §§ "
          + now.get(0) + "–" + now.get(now.size() - 1) + ".");
    } catch (ConflictException e) {
      notices.add("Paragrafnumren kunde inte ändras i numreringen: " + e.getMessage());
    }
  }

  /** §§ of a protokoll that are justerade on their own (sealed parts). */
  static final class Parts {
    private Parts() {}

    /**
     * Refuses a text of {@code d} that changes or drops a § that a sealed part holds.
     *
     * @throws WorkflowRefusal.Conflict naming the §
     */
    static void requireUnchanged(Database db, Sources sources, StoredDocument d, Meeting m) {
      if (d.kind() != SourceKind.PROTOKOLL || d.parentId() != null) {
        return;
      }
      Map<Integer, String> now = null;
      for (StoredDocument part : sources.parts(d)) {
        Optional<Seal> seal = db.seals().seal(part.id());
        if (seal.isEmpty()) {
          continue;
        }
        if (now == null) {
          now = Canonical.paragrafHashes(m);
        }
        for (Map.Entry<Integer, String> e : SealRecord.of(seal.get()).paragrafer().entrySet()) {
          if (!e.getValue().equals(now.get(e.getKey()))) {
            throw new WorkflowRefusal.Conflict("§ " + e.getKey() + " är omedelbart justerad och"
                + " kan inte ändras. Rättelser görs i ett nytt dokument som hänvisar till den.");
          }
        }
      }
    }
  }
}
