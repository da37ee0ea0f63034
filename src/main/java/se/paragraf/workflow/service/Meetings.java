package se.paragraf.workflow.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import se.paragraf.model.Anslag;
import se.paragraf.model.Document;
import se.paragraf.model.Meeting;
import se.paragraf.model.Organ;
import se.paragraf.parse.Parsed;
import se.paragraf.store.Database;
import se.paragraf.store.Revision;
import se.paragraf.store.SentCopy;
import se.paragraf.store.SourceKind;
import se.paragraf.store.StoredDocument;

/**
 * The sekreterare's workspace over the store: the organ page (meetings, statuses, what is due),
 * the editor (open, check, preview, save), revisions and their differences, downloads.
 */
public final class Meetings {
  private final Database db;
  private final Sources sources;
  private final Clock clock;
  private final Saver saver;

  Meetings(Database db, Sources sources, AuditTrail audit, Clock clock) {
    this.db = db;
    this.sources = sources;
    this.clock = clock;
    this.saver = new Saver(db, sources, audit);
  }

  /** The organ profile (latest organ.yaml) as the model. */
  public Organ organ(String organKey) {
    return sources.organ(organKey);
  }

  /** The years that have meetings in the organ, newest first. */
  public List<Integer> years(String organKey) {
    return db.documents().documents(organKey).stream()
        .map(d -> d.meetingDate().getYear()).distinct()
        .sorted(Comparator.reverseOrder()).toList();
  }

  /** The organ's meetings in {@code year}, by date, with their documents and what is due. */
  public List<MeetingOverview> year(String organKey, int year) {
    Map<LocalDate, List<StoredDocument>> byDate = new TreeMap<>();
    for (StoredDocument d : db.documents().documents(organKey)) {
      if (d.meetingDate().getYear() == year) {
        byDate.computeIfAbsent(d.meetingDate(), k -> new ArrayList<>()).add(d);
      }
    }
    LocalDate today = Services.today(clock);
    List<MeetingOverview> out = new ArrayList<>();
    byDate.forEach((datum, docs) -> out.add(overview(datum, docs, today)));
    return out;
  }

  private MeetingOverview overview(LocalDate datum, List<StoredDocument> docs, LocalDate today) {
    DocumentSummary kallelse = null;
    List<StoredDocument> protokollDocs = new ArrayList<>();
    List<DocumentSummary> parts = new ArrayList<>();
    for (StoredDocument d : docs) {
      if (d.parentId() != null) {
        parts.add(sources.summary(d));
      } else if (d.kind() == SourceKind.KALLELSE) {
        kallelse = sources.summary(d);
      } else {
        protokollDocs.add(d);
      }
    }
    DocumentSummary protokoll = sources.protokollOf(protokollDocs).map(sources::summary)
        .orElse(null);
    Anslag anslag = protokoll == null ? null
        : db.anslagstavla().anslag(protokoll.id()).map(p -> p.anslag()).orElse(null);
    return new MeetingOverview(datum, kallelse, protokoll, parts, anslag,
        DueDates.of(datum, kallelse, protokoll, anslag, today));
  }

  /** One document's summary. */
  public DocumentSummary summary(long documentId) {
    return sources.summary(documentId);
  }

  /** The latest revision with its parsed model and problems (the checks of paragraf check). */
  public OpenDocument open(long documentId) {
    StoredDocument d = sources.document(documentId);
    Revision r = sources.latest(documentId);
    Checked c = sources.check(d, r);
    return new OpenDocument(sources.summary(d), r, c.meeting(), c.problems(),
        sources.sealed(documentId));
  }

  /** Problems of an unsaved text of the document (for the editor's live list). */
  public Checked check(long documentId, String text) {
    return sources.check(sources.document(documentId), requireText(text));
  }

  /**
   * The unsaved {@code text} of the document rendered in {@code format} ("html", "docx", "md"),
   * for the live preview. A text that cannot be read is refused with its problems.
   *
   * @throws WorkflowRefusal.HasProblems when the text has fel that stop rendering
   */
  public byte[] preview(long documentId, String text, String format) {
    StoredDocument d = sources.document(documentId);
    Parsed<Meeting> p = sources.parse(d, requireText(text));
    return render(d, p, format);
  }

  /** The live preview's answer: the problems of the unsaved text and its rendering, if any. */
  public record Preview(Checked checked, byte[] rendered) {}

  /**
   * {@link #check} and {@link #preview} of one unsaved text with a single parse: the preview is
   * the editor's hot path. {@code rendered} is null while the text has fel that stop rendering.
   */
  public Preview checkAndPreview(long documentId, String text, String format) {
    return checkAndPreview(sources.document(documentId), text, format);
  }

  /**
   * {@link #checkAndPreview(long, String, String)} of a document the caller has just read (the
   * web's request scope): the hot path reads each row it needs once.
   */
  public Preview checkAndPreview(StoredDocument d, String text, String format) {
    sources.requireMeetingDocument(d);
    Parsed<Meeting> p = sources.parse(d, requireText(text));
    Parsed<Organ> organ = sources.organParsed(d.organKey());
    Checked checked = sources.check(d, p, organ);
    try {
      return new Preview(checked, render(d, p, () -> Sources.organ(organ), format));
    } catch (WorkflowRefusal.HasProblems e) {
      return new Preview(checked, null);
    }
  }

  /**
   * The document for download: a justerat protokoll's original, a sent and unchanged kallelse's
   * sent copy, otherwise rendered from the latest revision.
   */
  public Rendition rendition(long documentId, String format) {
    StoredDocument d = sources.document(documentId);
    Revision r = sources.latest(documentId);
    String name = downloadName(d, sources.extension(format));
    if (format.equals("md")) {
      return new Rendition(format, Rendition.contentType(format), name, Sources.bytes(r.text()),
          Rendition.Origin.AKTUELL);
    }
    var seal = db.seals().seal(documentId);
    if (seal.isPresent() && (format.equals("docx") || format.equals("html"))) {
      byte[] b = format.equals("docx") ? seal.get().docx() : seal.get().html();
      return new Rendition(format, Rendition.contentType(format), name, b,
          Rendition.Origin.ORIGINAL);
    }
    var sent = db.sentCopies().latest(documentId);
    if (sent.isPresent() && sent.get().revision() == r.number()
        && (format.equals("docx") || format.equals("html"))) {
      SentCopy c = sent.get();
      return new Rendition(format, Rendition.contentType(format), name,
          format.equals("docx") ? c.docx() : c.html(), Rendition.Origin.SKICKAD);
    }
    return new Rendition(format, Rendition.contentType(format), name,
        render(d, sources.parse(d, r), format), Rendition.Origin.AKTUELL);
  }

  private byte[] render(StoredDocument d, Parsed<Meeting> p, String format) {
    return render(d, p, () -> sources.organ(d.organKey()), format);
  }

  private byte[] render(StoredDocument d, Parsed<Meeting> p, Supplier<Organ> organOf,
      String format) {
    if (p.value() == null) {
      throw new WorkflowRefusal.HasProblems("Texten kan inte läsas; rätta felen först.",
          p.problems());
    }
    Organ organ = organOf.get();
    Anslag anslag = db.anslagstavla().anslag(d.id()).map(a -> a.anslag()).orElse(null);
    Document doc = Document.of(organ, Sealer.asJusterat(p.value(), anslag), anslag);
    try {
      return sources.render(doc, format);
    } catch (RuntimeException e) {
      if (e instanceof WorkflowRefusal) {
        throw e;
      }
      throw new WorkflowRefusal.HasProblems(
          "Dokumentet kan inte visas förrän felen i texten är rättade.", p.problems());
    }
  }

  /** "norrdal-2025-09-18-protokoll.docx" */
  static String downloadName(StoredDocument d, String extension) {
    String part = d.parentId() == null ? "" : "-omedelbar-" + d.id();
    return d.organKey() + "-" + d.meetingDate() + "-" + d.kind().label() + part + "." + extension;
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
    return saver.save(documentId, baseRevision, requireText(text), actor);
  }

  /** Every revision, oldest first. */
  public List<Revision> revisions(long documentId) {
    sources.document(documentId);
    return db.revisions().revisions(documentId);
  }

  /** The line differences from revision {@code from} to revision {@code to}. */
  public List<DiffLine> diff(long documentId, int from, int to) {
    return LineDiff.diff(sources.revision(documentId, from).text(),
        sources.revision(documentId, to).text());
  }

  static String requireText(String text) {
    if (text == null) {
      throw new WorkflowRefusal.Invalid("Texten saknas.");
    }
    return text;
  }
}
