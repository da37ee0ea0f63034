package se.paragraf.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under src/test/resources/golden/docx: compared strictly; rewritten only with
 * {@code -Dparagraf.updateGolden=true}.
 */
final class Golden {
  static final Path DIR = Path.of("src/test/resources/golden/docx");

  private Golden() {}

  static boolean updating() {
    return Boolean.parseBoolean(System.getProperty("paragraf.updateGolden"));
  }

  static void check(String name, String actual) throws IOException {
    Path file = DIR.resolve(name);
    if (updating()) {
      Files.createDirectories(DIR);
      Files.writeString(file, actual, StandardCharsets.UTF_8);
      return;
    }
    assertTrue(Files.isRegularFile(file), "golden file " + file
        + " is missing; create it with -Dparagraf.updateGolden=true and review it");
    assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual,
        "output differs from " + file + " (refresh with -Dparagraf.updateGolden=true if intended)");
  }
}
