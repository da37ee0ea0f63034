package se.paragraf.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import se.paragraf.model.DocumentKind;
import se.paragraf.model.Meeting;
import se.paragraf.model.Organ;
import se.paragraf.model.Problem;
import se.paragraf.model.SourcePos;
import se.paragraf.parse.MeetingReader;
import se.paragraf.parse.OrganFolder;
import se.paragraf.parse.Parsed;
import se.paragraf.validate.Validator;

/**
 * The sources on disk as the command line sees them: organ folders loaded once each, and every
 * meeting source checked with the parse, validate and series stages.
 */
final class Workspace {
  private final Map<Path, OrganFolder> folders = new HashMap<>();
  /** Each folder's series problems, computed once: a batch render checks every protokoll. */
  private final Map<OrganFolder, List<Problem>> series = new IdentityHashMap<>();

  /** One checked source: organ and meeting are null when they could not be read. */
  record Checked(Path file, OrganFolder folder, Organ organ, Meeting meeting, List<Problem> problems) {
    boolean hasFel() {
      return problems.stream().anyMatch(Problem::isFel);
    }
  }

  /** The folder holding {@code file}'s organ.yaml, or null when there is none. */
  OrganFolder folderOf(Path file) {
    Path dir = file.getParent() == null ? Path.of("") : file.getParent();
    if (!Files.isRegularFile(dir.resolve("organ.yaml"))) {
      return null;
    }
    return folders.computeIfAbsent(key(dir), k -> OrganFolder.load(dir));
  }

  Checked check(Path file) {
    OrganFolder folder = folderOf(file);
    Parsed<Meeting> parsed = read(folder, file);
    List<Problem> problems = new ArrayList<>(parsed.problems());
    Organ organ = null;
    if (folder == null) {
      problems.add(Problem.varning(file.toString(), SourcePos.of(1, 1),
          "Mappen saknar organ.yaml; personer och paragrafnumrering kontrolleras inte."));
    } else {
      problems.addAll(folder.organ().problems());
      organ = folder.organ().hasFel() ? null : folder.organ().value();
    }
    Meeting meeting = parsed.hasFel() ? null : parsed.value();
    if (organ != null && meeting != null) {
      problems.addAll(Validator.meeting(organ, meeting));
      if (meeting.kind() == DocumentKind.PROTOKOLL) {
        String name = meeting.file();
        series.computeIfAbsent(folder, f -> Validator.series(f.organ().value(), protokoll(f)))
            .stream()
            .filter(p -> p.file().equals(name))
            .forEach(problems::add);
      }
    }
    return new Checked(file, folder, organ, meeting, problems);
  }

  /**
   * The source as its folder already read it (same path, same result), else read now: a batch
   * render reads each source once, not twice.
   */
  private static Parsed<Meeting> read(OrganFolder folder, Path file) {
    if (folder != null) {
      String name = file.toString();
      for (Parsed<Meeting> p : folder.meetings()) {
        if (p.value() != null && p.value().file().equals(name)) {
          return p;
        }
      }
    }
    return MeetingReader.read(file);
  }

  /** The protokoll of a folder that parsed without fel, in date order. */
  static List<Meeting> protokoll(OrganFolder folder) {
    return meetings(folder, DocumentKind.PROTOKOLL);
  }

  static List<Meeting> meetings(OrganFolder folder, DocumentKind kind) {
    return folder.meetings().stream()
        .filter(p -> !p.hasFel() && p.value() != null)
        .map(Parsed::value)
        .filter(m -> m.kind() == kind)
        .toList();
  }

  private static Path key(Path p) {
    return p.toAbsolutePath().normalize();
  }
}
