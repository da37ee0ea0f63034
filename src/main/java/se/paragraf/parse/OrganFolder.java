package se.paragraf.parse;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import se.paragraf.model.DocumentKind;
import se.paragraf.model.Meeting;
import se.paragraf.model.Organ;

/**
 * An organ folder read in one go: its organ.yaml and every {@code *-kallelse.md} and
 * {@code *-protokoll.md}, the meetings sorted by date, then kind (kallelse first), then file name.
 */
public record OrganFolder(Path dir, Parsed<Organ> organ, List<Parsed<Meeting>> meetings) {

  public OrganFolder {
    meetings = List.copyOf(meetings);
  }

  public static OrganFolder load(Path dir) {
    Path yaml = dir.resolve("organ.yaml");
    Parsed<Organ> organ;
    if (Files.isRegularFile(yaml)) {
      organ = OrganReader.read(yaml);
    } else {
      Problems p = new Problems(yaml.toString());
      p.fel(Problems.START, "organ.yaml saknas i mappen " + dir + ".");
      organ = p.result(null);
    }
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, "*-{kallelse,protokoll}.md")) {
      s.forEach(files::add);
    } catch (IOException e) {
      Problems p = new Problems(dir.toString());
      p.fel(Problems.START, "Mappen kan inte läsas: " + e.getMessage());
      return new OrganFolder(dir, organ, List.of(p.result(null)));
    }
    List<Read> read = new ArrayList<>();
    files.forEach(f -> read.add(new Read(f.getFileName().toString(), MeetingReader.read(f))));
    read.sort(Comparator.comparing(Read::datum).thenComparing(Read::kind)
        .thenComparing(Read::name));
    return new OrganFolder(dir, organ, read.stream().map(Read::meeting).toList());
  }

  /** A meeting read, with what it sorts by: the front matter's date and kind, else the name's. */
  private record Read(String name, Parsed<Meeting> meeting) {
    LocalDate datum() {
      Meeting m = meeting.value();
      LocalDate d = m != null && m.datum() != null ? m.datum()
          : MeetingHeader.FileName.of(name).datum();
      return d == null ? LocalDate.MAX : d;
    }

    int kind() {
      Meeting m = meeting.value();
      DocumentKind k = m != null ? m.kind() : MeetingHeader.FileName.of(name).kind();
      return k == null ? Integer.MAX_VALUE : k.ordinal();
    }
  }
}
