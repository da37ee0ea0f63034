package se.paragraf.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.paragraf.model.Meeting;

/**
 * Runs every example of src/test/resources/spec/parser-spec.md through {@link MeetingReader} and
 * compares the model dump and the problems. With {@code -Dparagraf.updateGolden=true} it rewrites
 * the expected parts instead (review the diff).
 */
class ParserSpecTest {
  static final Path SPEC = Path.of("src/test/resources/spec/parser-spec.md");
  static final String ORGAN_KEY = "norrdal";
  private static final Map<String, String[]> ACTUAL = new ConcurrentHashMap<>();

  static boolean update() {
    return Boolean.parseBoolean(System.getProperty("paragraf.updateGolden"));
  }

  static List<SpecFile.Example> examples() throws IOException {
    List<SpecFile.Example> all = SpecFile.parse(Files.readString(SPEC)).examples();
    Set<String> names = new HashSet<>();
    all.forEach(e -> assertTrue(names.add(e.name()), "duplicate example name " + e.name()));
    return all;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void example(SpecFile.Example e) {
    Parsed<Meeting> parsed = MeetingReader.parse(e.file(), ORGAN_KEY,
        e.source().getBytes(StandardCharsets.UTF_8));
    String model = ModelDump.of(parsed.value());
    String problems = ModelDump.problems(parsed.problems());
    if (update()) {
      ACTUAL.put(e.name(), new String[] {model, problems});
      return;
    }
    assertEquals(e.model() + "--\n" + e.problems(), model + "--\n" + problems,
        "example " + e.name() + " at parser-spec.md:" + e.line());
  }

  @AfterAll
  static void writeGolden() throws IOException {
    if (update() && !ACTUAL.isEmpty()) {
      Files.writeString(SPEC, SpecFile.parse(Files.readString(SPEC)).render(ACTUAL));
    }
  }
}
