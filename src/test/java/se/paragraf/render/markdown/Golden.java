package se.paragraf.render.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Expected output files under src/test/resources/markdown/. Compared strictly; rewritten only
 * with {@code -Dparagraf.updateGolden=true}.
 */
final class Golden {
  private static final Path DIR = Path.of("src/test/resources/markdown");

  private Golden() {}

  static void assertMatches(String name, String actual) {
    Path file = DIR.resolve(name);
    try {
      if (Boolean.parseBoolean(System.getProperty("paragraf.updateGolden"))) {
        Files.createDirectories(DIR);
        Files.writeString(file, actual, StandardCharsets.UTF_8);
        return;
      }
      assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual,
          "differs from " + file + " (refresh with -Dparagraf.updateGolden=true)");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
