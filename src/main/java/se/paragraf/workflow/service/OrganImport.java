package se.paragraf.workflow.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import se.paragraf.model.Document;
import se.paragraf.model.Meeting;
import se.paragraf.model.Numrering;
import se.paragraf.model.Organ;
import se.paragraf.model.Problem;
import se.paragraf.model.SourcePos;
import se.paragraf.parse.Parsed;
import se.paragraf.store.Database;
import se.paragraf.store.Ledger;
import se.paragraf.store.NewDocument;
import se.paragraf.store.Revision;
import se.paragraf.store.SignRole;
import se.paragraf.store.SourceKind;
import se.paragraf.store.StoredDocument;

/** Imports one organ folder: organ.yaml, then its meetings in date order. */
final class OrganImport {
  private static final Pattern NAME =
      Pattern.compile("(\\d{4}-\\d{2}-\\d{2})-(kallelse|protokoll)\\.md");

  private final Database db;
  private final Sources sources;
  private final AuditTrail audit;
  private final Sealer sealer;

  OrganImport(Database db, Sources sources, AuditTrail audit, Sealer sealer) {
    this.db = db;
    this.sources = sources;
    this.audit = audit;
    this.sealer = sealer;
  }

  ImportReport.Organ run(Path dir, Actor actor, List<Problem> problems) {
    String key = dir.getFileName().toString();
    String yaml = Importer.read(dir.resolve("organ.yaml"), problems);
    if (yaml == null) {
      return new ImportReport.Organ(key, key, 0, 0, 0);
    }
    Parsed<Organ> parsed = se.paragraf.parse.OrganReader.parse(key + "/organ.yaml", key,
        Sources.bytes(yaml));
    problems.addAll(parsed.problems());
    Organ organ = parsed.value();
    String display = organ == null || organ.namn() == null ? key
        : organ.namn() + ", " + organ.organisation();
    db.organs().create(key, display, yaml, actor.username());
    List<Path> files = meetingFiles(dir);
    Set<LocalDate> protokollDates = new HashSet<>();
    for (Path f : files) {
      Matcher m = NAME.matcher(f.getFileName().toString());
      if (m.matches() && m.group(2).equals("protokoll")) {
        protokollDates.add(LocalDate.parse(m.group(1)));
      }
    }
    int kallelser = 0;
    int protokoll = 0;
    int justerade = 0;
    for (Path f : files) {
      Matcher m = NAME.matcher(f.getFileName().toString());
      String text = m.matches() ? Importer.read(f, problems) : null;
      if (text == null) {
        continue;
      }
      LocalDate datum;
      try {
        datum = LocalDate.parse(m.group(1));
      } catch (java.time.DateTimeException e) {
        problems.add(Problem.fel(key + "/" + f.getFileName(), SourcePos.NONE,
            "Filnamnets datum är ogiltigt; filen importerades inte."));
        continue;
      }
      boolean isKallelse = m.group(2).equals("kallelse");
      SourceKind kind = isKallelse ? SourceKind.KALLELSE : SourceKind.PROTOKOLL;
      StoredDocument d = db.documents().create(
          new NewDocument(key, kind, datum, Status.UTKAST.label(), null), text, actor.username());
      audit.record(actor, AuditAction.IMPORTERA, d.id(), "Från " + key + "/" + f.getFileName()
          + ".");
      Revision r = sources.latest(d.id());
      Checked c = organ == null ? new Checked(null, List.of()) : sources.check(d, r);
      problems.addAll(c.problems().stream().filter(p -> !p.file().endsWith("organ.yaml")).toList());
      if (isKallelse) {
        kallelser++;
        if (protokollDates.contains(datum)) {
          markSent(d, r, organ, c, actor);
        }
      } else {
        protokoll++;
        if (c.meeting() != null && organ != null) {
          number(d, organ, c.meeting(), problems);
          if (c.meeting().justerat() != null && !c.hasFel()) {
            seal(d, r, organ, c.meeting(), actor);
            justerade++;
          }
        }
      }
    }
    return new ImportReport.Organ(key, display, kallelser, protokoll, justerade);
  }

  /** A kallelse whose meeting has a protokoll was sent: status and, if it renders, a copy. */
  private void markSent(StoredDocument d, Revision r, Organ organ, Checked c, Actor actor) {
    if (organ != null && c.meeting() != null && !c.hasFel()) {
      Document doc = Document.of(organ, c.meeting(), null);
      db.sentCopies().record(d.id(), r.number(), actor.username(), sources.render(doc, "docx"),
          sources.render(doc, "html"));
    }
    db.documents().setStatus(d.id(), Status.UTKAST.label(), Status.SKICKAD.label());
  }

  /**
   * Takes the protokoll's §§ in the ledger as used: from the series' next free number up to its
   * highest §, so a gap before it is held too; an overlap is reported and nothing is taken.
   */
  private void number(StoredDocument d, Organ organ, Meeting m, List<Problem> problems) {
    List<Integer> nums = m.paragrafer();
    if (nums.isEmpty() || m.datum() == null) {
      return;
    }
    int series = organ.numrering() == Numrering.LOPANDE ? Ledger.LOPANDE : m.datum().getYear();
    int next = db.ledger().last(d.organKey(), series).map(n -> n + 1)
        .orElse(organ.forstaParagraf());
    int min = nums.stream().mapToInt(Integer::intValue).min().orElseThrow();
    int max = nums.stream().mapToInt(Integer::intValue).max().orElseThrow();
    if (min < next) {
      problems.add(Problem.fel(Sources.fileName(d), SourcePos.NONE, "§ " + min
          + " är redan använd i numreringen (nästa lediga är § " + next
          + "); protokollets paragrafnummer har inte registrerats."));
      return;
    }
    db.ledger().allocate(d.organKey(), series, max - next + 1, d.id(), organ.forstaParagraf());
  }

  private void seal(StoredDocument d, Revision r, Organ organ, Meeting m, Actor actor) {
    Map<String, SignRole> signers = Signers.of(organ, m);
    List<String> lines = new ArrayList<>();
    signers.forEach((n, role) -> lines.add(n + ", " + Signers.role(role) + ", importerad"));
    sealer.seal(d, r, organ, m, lines, m.justerat(), true, actor);
  }

  private static List<Path> meetingFiles(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith("-kallelse.md")
          || p.getFileName().toString().endsWith("-protokoll.md")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
