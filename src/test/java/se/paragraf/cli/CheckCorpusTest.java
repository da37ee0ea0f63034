package se.paragraf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs src/test/resources/check-corpus (see its README) through {@code paragraf check}. */
class CheckCorpusTest {
  static final Path CORPUS = Path.of("src/test/resources/check-corpus");

  static List<String> cases() throws IOException {
    try (Stream<Path> s = Files.list(CORPUS)) {
      return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void checkCase(String name, @TempDir Path tmp) throws IOException {
    Path dir = Files.createDirectory(tmp.resolve(name));
    Files.copy(CORPUS.resolve("organ.yaml"), dir.resolve("organ.yaml"));
    try (Stream<Path> s = Files.list(CORPUS.resolve(name))) {
      for (Path f : s.filter(f -> f.toString().endsWith(".md")).toList()) {
        Files.copy(f, dir.resolve(f.getFileName()));
      }
    }
    CliTest.Run r = CliTest.run("check", dir.toString());
    String actual = r.out().replace(dir + "/", "");
    Path expected = CORPUS.resolve(name).resolve("expected.txt");
    if (Boolean.getBoolean("paragraf.updateGolden")) {
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual);
    assertEquals(actual.contains(": fel: ") ? 1 : 0, r.code(), "exit code follows the fel lines");
    assertEquals("", r.err(), "nothing but problem lines");
  }
}
