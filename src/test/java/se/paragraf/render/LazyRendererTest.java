package se.paragraf.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.paragraf.fixtures.Fixtures;
import se.paragraf.model.Document;

/** Renderers made only when first used, and rendering exactly what the eager ones render. */
class LazyRendererTest {
  @Test
  void standardOffersHtmlDocxAndMd() throws Exception {
    Renderers standard = Renderers.standard(Templates.defaults());
    assertEquals(List.of("html", "docx", "md"), List.copyOf(standard.formats()));
    assertEquals("docx", standard.get("docx").extension());
  }

  @Test
  void rendersWhatTheEagerRendererRenders() throws Exception {
    Document doc = Document.of(Fixtures.organ(), Fixtures.protokoll(), Fixtures.anslag());
    Renderers standard = Renderers.standard(Templates.defaults());
    assertArrayEquals(new se.paragraf.render.html.HtmlRenderer(Templates.defaults()).render(doc),
        standard.get("html").render(doc));
    assertArrayEquals(new se.paragraf.render.markdown.MarkdownWriter().render(doc),
        standard.get("md").render(doc));
  }

  @Test
  void makesTheRendererOnFirstUseOnly() throws Exception {
    int[] made = {0};
    Renderer real = new se.paragraf.render.markdown.MarkdownWriter();
    LazyRenderer r = new LazyRenderer("md", () -> {
      made[0]++;
      return real;
    });
    assertEquals("md", r.format());
    assertEquals(0, made[0], "choosing a format makes nothing");
    Document doc = Document.of(Fixtures.organ(), Fixtures.kallelse(), null);
    r.render(doc);
    r.render(doc);
    assertEquals(1, made[0]);
    assertSame(real, r.get());
  }

  @Test
  void aFactoryForAnotherFormatIsRefused() throws Exception {
    Renderer md = new se.paragraf.render.markdown.MarkdownWriter();
    LazyRenderer r = new LazyRenderer("html", () -> md);
    Document doc = Document.of(Fixtures.organ(), Fixtures.kallelse(), null);
    assertThrows(IllegalStateException.class, () -> r.render(doc));
  }
}
