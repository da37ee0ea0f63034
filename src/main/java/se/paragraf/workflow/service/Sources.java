package se.paragraf.workflow.service;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import se.paragraf.model.Document;
import se.paragraf.model.Meeting;
import se.paragraf.model.Organ;
import se.paragraf.model.Problem;
import se.paragraf.parse.MeetingReader;
import se.paragraf.parse.OrganReader;
import se.paragraf.parse.Parsed;
import se.paragraf.render.RenderException;
import se.paragraf.render.Renderers;
import se.paragraf.store.Database;
import se.paragraf.store.NotFoundException;
import se.paragraf.store.Revision;
import se.paragraf.store.SourceKind;
import se.paragraf.store.StoredDocument;
import se.paragraf.util.LruCache;
import se.paragraf.validate.Validator;

/**
 * Reads what the store keeps as models: organ profiles, meeting texts and their problems, with the
 * same checks as {@code paragraf check}. Parsed revisions are cached (revisions never change).
 */
final class Sources {
  private static final int CACHE = 512;

  private final Database db;
  private final Renderers renderers;
  private final LruCache<String, Object> cache = new LruCache<>(CACHE);

  Sources(Database db, Renderers renderers) {
    this.db = db;
    this.renderers = renderers;
  }

  Database db() {
    return db;
  }

  StoredDocument document(long id) {
    return requireMeetingDocument(db.documents().document(id).orElse(null));
  }

  /** {@code d} when it is a kallelse or protokoll (an organ profile is not a document here). */
  StoredDocument requireMeetingDocument(StoredDocument d) {
    if (d == null || d.kind() == SourceKind.ORGAN) {
      throw new NotFoundException("Dokumentet finns inte.");
    }
    return d;
  }

  Revision latest(long documentId) {
    return db.revisions().latest(documentId)
        .orElseThrow(() -> new NotFoundException("Dokumentet har ingen sparad version."));
  }

  Revision revision(long documentId, int number) {
    return db.revisions().revision(documentId, number)
        .orElseThrow(() -> new NotFoundException("Version " + number + " finns inte."));
  }

  boolean sealed(long documentId) {
    return db.seals().seal(documentId).isPresent();
  }

  /** The workflow state; a sealed document is justerat whatever the column says. */
  Status status(StoredDocument d) {
    return d.kind() == SourceKind.PROTOKOLL && sealed(d.id()) ? Status.JUSTERAT
        : Status.of(d.status());
  }

  DocumentSummary summary(StoredDocument d) {
    Status s = status(d);
    return new DocumentSummary(d.id(), d.organKey(), d.kind(), d.meetingDate(), s,
        s.text(d.kind()), d.parentId(), latest(d.id()).number(), fileName(d));
  }

  DocumentSummary summary(long id) {
    return summary(document(id));
  }

  /** {@code <organ>/<yyyy-mm-dd>-<kind>.md}: the name problems carry, as on disk. */
  static String fileName(StoredDocument d) {
    return d.organKey() + "/" + d.meetingDate() + "-" + d.kind().label() + ".md";
  }

  Parsed<Organ> organParsed(String key) {
    se.paragraf.store.Organ o = db.organs().organ(key)
        .orElseThrow(() -> new NotFoundException("Organet " + key + " finns inte."));
    String ck = "organ:" + o.sourceDocumentId() + ":" + o.currentRevision();
    @SuppressWarnings("unchecked")
    Parsed<Organ> p = (Parsed<Organ>) cache.get(ck, k -> OrganReader.parse(
        key + "/organ.yaml", key,
        bytes(revision(o.sourceDocumentId(), o.currentRevision()).text())));
    return p;
  }

  /** The organ model; refused when its organ.yaml has fel. */
  Organ organ(String key) {
    return organ(organParsed(key));
  }

  static Organ organ(Parsed<Organ> p) {
    if (p.hasFel() || p.value() == null) {
      throw new WorkflowRefusal.HasProblems(
          "Organets profil (organ.yaml) har fel som måste rättas först.", p.problems());
    }
    return p.value();
  }

  Parsed<Meeting> parse(StoredDocument d, String text) {
    return MeetingReader.parse(fileName(d), d.organKey(), text);
  }

  Parsed<Meeting> parse(StoredDocument d, Revision r) {
    return parse(d, r.number(), () -> r);
  }

  /** Revision {@code number} of {@code d} parsed; {@code text} is read only when not cached. */
  private Parsed<Meeting> parse(StoredDocument d, int number, Supplier<Revision> revision) {
    @SuppressWarnings("unchecked")
    Parsed<Meeting> p = (Parsed<Meeting>) cache.get(
        "doc:" + d.id() + ":" + number, k -> parse(d, revision.get().text()));
    return p;
  }

  /** The model of revision {@code r}; refused when it cannot be read. */
  Meeting meeting(StoredDocument d, Revision r) {
    Parsed<Meeting> p = parse(d, r);
    if (p.value() == null) {
      throw new WorkflowRefusal.HasProblems("Texten kan inte läsas.", p.problems());
    }
    return p.value();
  }

  /** Parse, validate and the § series, as {@code paragraf check} does for a file on disk. */
  Checked check(StoredDocument d, Parsed<Meeting> parsed) {
    return check(d, parsed, organParsed(d.organKey()));
  }

  /** {@link #check(StoredDocument, Parsed)} with the organ profile already read. */
  Checked check(StoredDocument d, Parsed<Meeting> parsed, Parsed<Organ> organ) {
    List<Problem> problems = new ArrayList<>(parsed.problems());
    problems.addAll(organ.problems());
    Meeting m = parsed.value();
    if (m != null && !parsed.hasFel() && !organ.hasFel() && organ.value() != null) {
      problems.addAll(Validator.meeting(organ.value(), m));
      if (d.kind() == SourceKind.PROTOKOLL && d.parentId() == null) {
        String name = fileName(d);
        Validator.series(organ.value(), otherProtokoll(d, m)).stream()
            .filter(p -> name.equals(p.file()))
            .forEach(problems::add);
      }
    }
    return new Checked(m, problems);
  }

  Checked check(StoredDocument d, String text) {
    return check(d, parse(d, text));
  }

  Checked check(StoredDocument d, Revision r) {
    return check(d, parse(d, r));
  }

  /** The organ's protokoll (parts left out) as models, {@code m} standing for {@code d}. */
  private List<Meeting> otherProtokoll(StoredDocument d, Meeting m) {
    List<Meeting> out = new ArrayList<>();
    out.add(m);
    // the preview's hot path: one query for the latest numbers, texts only for uncached revisions
    Map<Long, Integer> latest = db.revisions().latestNumbers(d.organKey());
    for (StoredDocument o : mainProtokoll(d.organKey())) {
      Integer number = latest.get(o.id());
      if (o.id() != d.id() && number != null) {
        Parsed<Meeting> p = parse(o, number, () -> revision(o.id(), number));
        if (p.value() != null && !p.hasFel()) {
          out.add(p.value());
        }
      }
    }
    return out;
  }

  /** The organ's documents of {@code kind} that are not parts of another. */
  List<StoredDocument> documents(String organKey, SourceKind kind) {
    return db.documents().documents(organKey).stream()
        .filter(x -> x.kind() == kind && x.parentId() == null).toList();
  }

  List<StoredDocument> mainProtokoll(String organKey) {
    return documents(organKey, SourceKind.PROTOKOLL);
  }

  /**
   * The meeting's protokoll among {@code candidates} (one meeting's main protokoll, by id): the
   * first holding § numbers, else the first. Only a creator that lost a race leaves a second one.
   */
  Optional<StoredDocument> protokollOf(List<StoredDocument> candidates) {
    if (candidates.size() > 1) {
      for (StoredDocument p : candidates) {
        if (!db.ledger().numbers(p.id()).isEmpty()) {
          return Optional.of(p);
        }
      }
    }
    return candidates.stream().findFirst();
  }

  /** The omedelbart justerade parts of a protokoll. */
  List<StoredDocument> parts(StoredDocument protokoll) {
    return db.documents().documents(protokoll.organKey()).stream()
        .filter(x -> x.parentId() != null && x.parentId() == protokoll.id()).toList();
  }

  byte[] render(Document doc, String format) {
    try {
      return renderers.get(format).render(doc);
    } catch (RenderException e) {
      if (!renderers.formats().contains(format)) {
        throw new WorkflowRefusal.Invalid(e.getMessage());
      }
      throw new WorkflowRefusal.Conflict("Dokumentet kunde inte skapas: " + e.getMessage());
    }
  }

  String extension(String format) {
    try {
      return renderers.get(format).extension();
    } catch (RenderException e) {
      throw new WorkflowRefusal.Invalid(e.getMessage());
    }
  }

  static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
