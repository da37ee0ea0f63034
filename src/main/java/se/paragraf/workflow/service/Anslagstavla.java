package se.paragraf.workflow.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import se.paragraf.model.Anslag;
import se.paragraf.model.Document;
import se.paragraf.model.Meeting;
import se.paragraf.model.Organ;
import se.paragraf.render.Typografi;
import se.paragraf.store.Database;
import se.paragraf.store.NotFoundException;
import se.paragraf.store.PostedAnslag;
import se.paragraf.store.Seal;
import se.paragraf.store.SourceKind;
import se.paragraf.store.StoredDocument;

/**
 * The organ's public face: the digital anslagstavla (what is up today, by the clock), its archive,
 * and the justerade protokoll with §§ under sekretess shown only as a stub. Nothing that is not
 * sealed is ever shown here.
 */
public final class Anslagstavla {
  private final Database db;
  private final Sources sources;
  private final Clock clock;

  Anslagstavla(Database db, Sources sources, Clock clock) {
    this.db = db;
    this.sources = sources;
    this.clock = clock;
  }

  /** The tillkännagivanden up today (uppsatt ≤ today ≤ nedtas), newest first. */
  public List<Notice> board(String organKey) {
    LocalDate today = Services.today(clock);
    return notices(organKey, db.anslagstavla().board(organKey, today), today);
  }

  /** Every tillkännagivande the organ has posted, taken-down ones included, newest first. */
  public List<Notice> archive(String organKey) {
    return notices(organKey, db.anslagstavla().archive(organKey), Services.today(clock));
  }

  private List<Notice> notices(String organKey, List<PostedAnslag> posted, LocalDate today) {
    Organ organ = sources.organParsed(organKey).value();
    String organisation = organ == null ? organKey : organ.organisation();
    String namn = organ == null ? organKey : organ.namn();
    List<Notice> out = new ArrayList<>();
    for (PostedAnslag p : posted) {
      Anslag a = p.anslag();
      boolean omedelbar = sources.document(p.documentId()).parentId() != null;
      boolean up = !today.isBefore(a.uppsatt()) && !today.isAfter(a.nedtas());
      out.add(new Notice(p.documentId(), p.organKey(), organisation, namn, p.meetingDate(),
          a.justerat(), a.uppsatt(), a.nedtas(), a.sistaDagForOverklagande(), a.forvaringsplats(),
          omedelbar, up));
    }
    return out;
  }

  /** The organ's justerade protokoll (and omedelbart justerade parts), newest first. */
  public List<PublicProtokoll> publicProtokoll(String organKey) {
    List<PublicProtokoll> out = new ArrayList<>();
    for (StoredDocument d : db.documents().documents(organKey)) {
      if (d.kind() != SourceKind.PROTOKOLL) {
        continue;
      }
      db.seals().seal(d.id()).ifPresent(s -> {
        SealRecord rec = SealRecord.of(s);
        out.add(new PublicProtokoll(d.id(), organKey, d.meetingDate(), rec.anslag().justerat(),
            Typografi.paragrafer(List.copyOf(rec.paragrafer().keySet())), d.parentId() != null));
      });
    }
    out.sort(Comparator.comparing(PublicProtokoll::datum).reversed()
        .thenComparing(PublicProtokoll::omedelbar));
    return out;
  }

  /**
   * The public copy of a justerat protokoll in {@code format}: each § under sekretess replaced by
   * "§ N Sekretess enligt …"; the anslag filled in.
   *
   * @throws NotFoundException when the document is not a justerat protokoll (nothing unsealed is
   *     published, and its existence is not revealed)
   */
  public Rendition publicCopy(long documentId, String format) {
    NotFoundException hidden = new NotFoundException("Det finns inget publicerat protokoll här.");
    StoredDocument d = db.documents().document(documentId)
        .filter(x -> x.kind() == SourceKind.PROTOKOLL).orElseThrow(() -> hidden);
    Seal seal = db.seals().seal(documentId).orElseThrow(() -> hidden);
    Meeting m = sources.meeting(d, sources.revision(documentId, seal.revision()));
    Anslag anslag = db.anslagstavla().anslag(documentId).map(PostedAnslag::anslag)
        .orElse(SealRecord.of(seal).anslag());
    Document doc = Document.of(sources.organ(d.organKey()),
        Sealer.asJusterat(PublicCopy.of(m), anslag), anslag);
    return new Rendition(format, Rendition.contentType(format),
        Meetings.downloadName(d, sources.extension(format)), sources.render(doc, format),
        Rendition.Origin.PUBLIK);
  }
}
