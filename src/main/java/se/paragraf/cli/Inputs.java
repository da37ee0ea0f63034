package se.paragraf.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Expands the command line's files and folders into meeting sources. */
final class Inputs {
  private Inputs() {}

  /** Files as given; folders become their kallelse and protokoll sources, recursively, sorted. */
  static List<Path> sources(List<Path> args) {
    List<Path> out = new ArrayList<>();
    for (Path p : args) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.walk(p)) {
          s.filter(Files::isRegularFile).filter(Inputs::isMeetingSource).sorted().forEach(out::add);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      } else if (Files.isRegularFile(p)) {
        out.add(p);
      } else {
        throw new CliException("Filen finns inte: " + p);
      }
    }
    if (out.isEmpty()) {
      throw new CliException("Inga källfiler hittades i " + args);
    }
    return out;
  }

  static boolean isMeetingSource(Path p) {
    String n = p.getFileName().toString();
    return n.endsWith("-kallelse.md") || n.endsWith("-protokoll.md");
  }

  /** "2025-03-06-protokoll" for "agendas/norrdal/2025-03-06-protokoll.md". */
  static String basename(Path p) {
    String n = p.getFileName().toString();
    int dot = n.lastIndexOf('.');
    return dot > 0 ? n.substring(0, dot) : n;
  }
}
