package se.paragraf.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.paragraf.model.Meeting;
import se.paragraf.model.Problem;

/**
 * Runs the malformed-input corpus (src/test/resources/corpus, see its README.md): each case's
 * sources are read with {@link MeetingReader#read} and {@link OrganReader#read}, and the problems
 * must equal expected.txt line for line; where expected-model.txt exists the model dump must equal
 * it too. With {@code -Dparagraf.updateGolden=true} the expected files are rewritten instead.
 */
class CorpusTest {
  static final Path CORPUS = Path.of("src/test/resources/corpus");
  private static final List<String> EXPECTED =
      List.of("expected.txt", "expected-model.txt", "generated.txt");

  static List<String> cases() throws IOException {
    try (Stream<Path> s = Files.list(CORPUS)) {
      return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void corpusCase(String name, @TempDir Path tmp) throws IOException {
    Path source = CORPUS.resolve(name);
    Path dir = Files.createDirectory(tmp.resolve(name));
    try (Stream<Path> s = Files.list(source)) {
      for (Path f : s.toList()) {
        if (!EXPECTED.contains(f.getFileName().toString())) {
          Files.copy(f, dir.resolve(f.getFileName()));
        }
      }
    }
    boolean generated = Files.exists(source.resolve("generated.txt"));
    assertEquals(generated, CorpusGenerators.has(name),
        "generated.txt and a generator in CorpusGenerators go together");
    if (generated) {
      CorpusGenerators.write(name, dir);
    }

    List<String> problems = new ArrayList<>();
    List<Meeting> meetings = new ArrayList<>();
    try (Stream<Path> s = Files.list(dir)) {
      for (Path f : s.sorted().toList()) {
        String file = f.getFileName().toString();
        List<Problem> found;
        if (file.equals("organ.yaml")) {
          found = OrganReader.read(f).problems();
        } else {
          Parsed<Meeting> parsed = MeetingReader.read(f);
          meetings.add(parsed.value());
          found = parsed.problems();
        }
        found.forEach(p -> problems.add(relative(dir, p).format()));
      }
    }
    assertTrue(!meetings.isEmpty() || Files.exists(dir.resolve("organ.yaml")), "empty case");
    String actual = problems.isEmpty() ? "" : String.join("\n", problems) + "\n";
    check(source.resolve("expected.txt"), actual);
    Path model = source.resolve("expected-model.txt");
    if (Files.exists(model)) {
      assertEquals(1, meetings.size(), "expected-model.txt needs exactly one source");
      check(model, ModelDump.of(meetings.get(0)));
    }
  }

  private static Problem relative(Path dir, Problem p) {
    String file = dir.relativize(Path.of(p.file())).toString();
    return new Problem(file, p.pos(), p.severity(), p.message());
  }

  private static void check(Path expected, String actual) throws IOException {
    if (ParserSpecTest.update()) {
      Files.writeString(expected, actual);
      return;
    }
    assertEquals(Files.readString(expected), actual, expected.toString());
  }
}
