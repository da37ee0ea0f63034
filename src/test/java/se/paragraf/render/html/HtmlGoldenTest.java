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

  @Test
  void everyPageInlinesTheBoardsStylesheet() throws Exception {
    for (String page : new String[] {Pages.kallelse(), Pages.protokoll(Fixtures.anslag()),
        Pages.utdrag(583)}) {
      assertTrue(page.contains(STYLESHEET), "templates/dokument.css is inlined whole");
    }
  }

  private static final String STYLESHEET = stylesheet();

  private static String stylesheet() {
    try {
      return Files.readString(Path.of("templates/dokument.css"), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * The goldens hold the markup and the page's own style rules; the board's stylesheet is checked
   * once above, so a CSS edit does not rewrite every golden.
   */
  private static String withoutStylesheet(String page) {
    return page.replace(STYLESHEET, "/* templates/dokument.css */\n");
  }

  private static void golden(String name, String rendered) throws IOException {
    String actual = withoutStylesheet(rendered);
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
