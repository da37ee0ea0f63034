package se.paragraf.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import se.paragraf.fixtures.Fixtures;

/**
 * The rendered fixtures against the reviewed pages in src/test/resources/golden/html. Run with
 * -Dparagraf.updateGolden=true to rewrite them after a deliberate change; then review the diff.
 */
class HtmlGoldenTest {
  private static final Path DIR = Path.of("src/test/resources/golden/html");

  @Test
  void kallelse() throws Exception {
    golden("kallelse.html", Pages.kallelse());
  }

  @Test
  void protokollMedAnslag() throws Exception {
    golden("protokoll.html", Pages.protokoll(Fixtures.anslag()));
  }

  @Test
  void utdragAvTvaParagrafer() throws Exception {
    golden("utdrag-583-585.html", Pages.utdrag(583, 585));
  }

  private static void golden(String name, String actual) throws IOException {
    Path file = DIR.resolve(name);
    if ("true".equals(System.getProperty("paragraf.updateGolden"))) {
      Files.createDirectories(DIR);
      Files.writeString(file, actual, StandardCharsets.UTF_8);
      return;
    }
    assertTrue(Files.exists(file), "golden file missing: " + file
        + " (create it with -Dparagraf.updateGolden=true)");
    assertEquals(trimLines(Files.readString(file, StandardCharsets.UTF_8)), trimLines(actual),
        "rendered " + name + " differs from the golden file");
  }

  /** Trailing whitespace is the one thing an editor may change without meaning to. */
  private static String trimLines(String s) {
    return s.replaceAll("[ \\t]+(?=\\r?\\n|$)", "");
  }
}
