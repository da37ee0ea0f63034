package se.paragraf.workflow.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import se.paragraf.model.Anslag;
import se.paragraf.model.Document;
import se.paragraf.model.Meeting;
import se.paragraf.model.Organ;
import se.paragraf.store.Database;
import se.paragraf.store.NewSeal;
import se.paragraf.store.Revision;
import se.paragraf.store.Seal;
import se.paragraf.store.StoredDocument;
import se.paragraf.workflow.AnslagDates;

/**
 * Seals a protokoll when its last signature lands: the canonical text of each § and of the whole
 * hashed, the originals (DOCX, HTML) rendered with BEVIS OM ANSLAG filled in and stored with the
 * seal, the tillkännagivande posted, the status set to justerat.
 *
 * <p>The anslag dates are computed before rendering so the originals carry them; the store only
 * accepts a posting for a sealed document, so it is posted right after the seal. Should the
 * process die in between, {@link #finish} completes it from the dates kept in the seal record.
 */
final class Sealer {
  private final Database db;
  private final Sources sources;
  private final AuditTrail audit;

  Sealer(Database db, Sources sources, AuditTrail audit) {
    this.db = db;
    this.sources = sources;
    this.audit = audit;
  }

  /**
   * Seals revision {@code r} of {@code d}, whose model is {@code m}, justerat on {@code justerat}.
   *
   * @param signers "Namn, roll, tidpunkt" in signing order
   */
  SealInfo seal(StoredDocument d, Revision r, Organ organ, Meeting m, List<String> signers,
      LocalDate justerat, boolean imported, Actor actor) {
    LocalDate uppsatt = m.anslagUppsatt() != null && !m.anslagUppsatt().isBefore(justerat)
        ? m.anslagUppsatt() : justerat;
    Anslag anslag = AnslagDates.compute(organ, asJusterat(m, justerat, uppsatt));
    Document doc = Document.of(organ, asJusterat(m, justerat, uppsatt), anslag);
    byte[] docx = sources.render(doc, "docx");
    byte[] html = sources.render(doc, "html");
    SealRecord rec = new SealRecord(Canonical.paragrafHashes(m), Canonical.sha256(docx),
        Canonical.sha256(html), anslag, imported);
    Seal seal = db.seals().seal(new NewSeal(d.id(), r.number(), Canonical.sha256(Canonical.text(m)),
        rec.json(), signers, docx, html));
    audit.record(actor, AuditAction.FORSEGLA, d.id(), "Version " + r.number() + ", SHA-256 "
        + seal.sha256() + ", undertecknat av " + String.join("; ", signers) + ".");
    finish(d.id(), actor);
    return info(seal);
  }

  /** Posts the anslag and sets the status of a sealed document, if not done yet. */
  void finish(long documentId, Actor actor) {
    Optional<Seal> seal = db.seals().seal(documentId);
    if (seal.isEmpty()) {
      return;
    }
    if (db.anslagstavla().anslag(documentId).isEmpty()) {
      Anslag a = SealRecord.of(seal.get()).anslag();
      db.anslagstavla().post(documentId, a);
      audit.record(actor, AuditAction.ANSLAG, documentId, "Uppsatt " + a.uppsatt() + ", nedtas "
          + a.nedtas() + ", sista dag för överklagande " + a.sistaDagForOverklagande() + ".");
    }
    StoredDocument d = sources.document(documentId);
    if (!Status.JUSTERAT.label().equals(d.status())) {
      db.documents().setStatus(documentId, d.status(), Status.JUSTERAT.label());
    }
  }

  Optional<SealInfo> info(long documentId) {
    return db.seals().seal(documentId).map(Sealer::info);
  }

  static SealInfo info(Seal s) {
    SealRecord rec = SealRecord.of(s);
    return new SealInfo(s.documentId(), s.revision(), s.sha256(), reference(s), s.sealedAt(),
        s.signers(), rec.paragrafer(), rec.docx(), rec.html(), rec.imported());
  }

  /** "42-3f2a9c1b7d4e": the document id and the first 12 hex digits of the whole-text hash. */
  static String reference(Seal s) {
    return s.documentId() + "-" + s.sha256().substring(0, 12);
  }

  /** The meeting as justerat on {@code justerat} with its anslag posted on {@code uppsatt}. */
  static Meeting asJusterat(Meeting m, LocalDate justerat, LocalDate uppsatt) {
    return new Meeting(m.file(), m.organKey(), m.kind(), m.datum(), m.start(), m.slut(), m.plats(),
        m.beslutande(), m.ersattare(), m.ovriga(), m.justerare(), m.ordforande(), m.sekreterare(),
        justerat, uppsatt, m.arenden(), m.pos());
  }

  /** The meeting of a sealed document as its renditions show it: justerat, anslag filled in. */
  static Meeting asJusterat(Meeting m, Anslag a) {
    return a == null ? m : asJusterat(m, a.justerat(), a.uppsatt());
  }
}
