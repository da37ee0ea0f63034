package se.paragraf.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import freemarker.core.TemplateHTMLOutputModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.paragraf.fixtures.Fixtures;
import se.paragraf.model.Document;
import se.paragraf.render.RenderException;
import se.paragraf.render.Templates;

/**
 * A board edits the templates; an edited template still cannot reach Java: no ?new, no ?api, no
 * object methods, no file outside the template folder.
 */
class HtmlTemplateSafetyTest {
  @TempDir Path dir;

  private String renderWith(String kallelseTemplate) throws Exception {
    Files.writeString(dir.resolve("kallelse.ftlh"), kallelseTemplate);
    return new HtmlRenderer(Templates.folder(dir))
        .renderString(Document.of(Fixtures.organ(), Fixtures.kallelse(), null));
  }

  @Test
  void aBoardsOwnTemplateWinsAndTheRestFallsBackToTheBundledOnes() throws Exception {
    String html = renderWith("<#import \"lib.ftlh\" as lib>"
        + "<@lib.sida titel=\"T\" klass=\"kallelse\"><p>${organisation} ${\"&\"} ${arenden?size}</p>"
        + "</@lib.sida>");
    assertTrue(html.contains("<p>Samordningsförbundet Norrdal &amp; 6</p>"),
        "the board's template ran, auto-escaped");
    assertTrue(html.contains("size: A4"), "lib.ftlh and dokument.css came from the jar");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}",
      "${arenden?api.getClass()}",
      "${arenden[0].class.protectionDomain}",
      "${organisation.class}",
      "<#include \"../pom.xml\">",
      "<#include \"/etc/passwd\">",
      "<#include \"../../../../../etc/passwd\" parse=false>",
      "${okand}"})
  void aTemplateCannotReachJavaOrFiles(String template) {
    RenderException e = assertThrows(RenderException.class, () -> renderWith(template));
    assertTrue(e.getMessage().startsWith("Mallen "), e.getMessage());
  }

  @Test
  void aBrokenTemplateIsReportedWithItsLine() {
    RenderException e = assertThrows(RenderException.class, () -> renderWith("ok\n<#if>"));
    assertTrue(e.getMessage().startsWith("Mallen kallelse.ftlh har ett fel på rad 2"),
        e.getMessage());
  }

  @Test
  void templateNamesAreSingleFilesInTheFolder() {
    assertTrue(TemplatesLoader.isPlainName("protokoll.ftlh"));
    assertTrue(TemplatesLoader.isPlainName("dokument.css"));
    for (String bad : List.of("../pom.xml", "a/b.ftlh", "/etc/passwd", "C:x", ".hidden", "a..b")) {
      assertFalse(TemplatesLoader.isPlainName(bad), bad);
    }
  }

  @Test
  void theModelHoldsOnlyPlainData() throws Exception {
    Document doc = Document.of(Fixtures.organ(), Fixtures.protokoll(), Fixtures.anslag());
    ArendeHtml arenden = new ArendeHtml(FreemarkerSetup.configuration(Templates.bundled()));
    Object model = HtmlModel.of(doc, arenden.maps(doc));
    assertPlain(model, "model");
  }

  private static void assertPlain(Object o, String path) {
    if (o instanceof Map<?, ?> m) {
      m.forEach((k, v) -> {
        assertTrue(k instanceof String, path + " key " + k);
        assertPlain(v, path + "." + k);
      });
    } else if (o instanceof List<?> l) {
      for (int i = 0; i < l.size(); i++) {
        assertPlain(l.get(i), path + "[" + i + "]");
      }
    } else {
      assertTrue(o instanceof String || o instanceof Boolean || o instanceof Integer
          || o instanceof TemplateHTMLOutputModel, path + " is a " + o.getClass().getName());
    }
  }

  @Test
  void rendersTheSamePageFromManyThreads() throws Exception {
    Document doc = Document.of(Fixtures.organ(), Fixtures.protokoll(), Fixtures.anslag());
    String expected = Pages.RENDERER.renderString(doc);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> pages = new ArrayList<>();
      for (int i = 0; i < 100; i++) {
        pages.add(pool.submit(() -> Pages.RENDERER.renderString(doc)));
      }
      for (Future<String> f : pages) {
        assertEquals(expected, f.get());
      }
    } finally {
      pool.shutdown();
    }
  }
}
