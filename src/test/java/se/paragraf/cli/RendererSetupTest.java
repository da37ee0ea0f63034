package se.paragraf.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.paragraf.fixtures.Fixtures;
import se.paragraf.model.Document;
import se.paragraf.render.Renderer;
import se.paragraf.render.Renderers;
import se.paragraf.render.Templates;

/** The command line's registry: the standard renderers, each made only when first used. */
class RendererSetupTest {
  @Test
  void offersTheStandardFormatsAndExtensions() throws Exception {
    Renderers standard = Renderers.standard(Templates.defaults());
    Renderers lazy = RendererSetup.renderers(null);
    assertEquals(List.copyOf(standard.formats()), List.copyOf(lazy.formats()));
    for (String f : standard.formats()) {
      assertEquals(standard.get(f).extension(), lazy.get(f).extension(), f);
    }
  }

  @Test
  void rendersWhatTheStandardRendererRenders() throws Exception {
    Document doc = Document.of(Fixtures.organ(), Fixtures.protokoll(), Fixtures.anslag());
    Renderers standard = Renderers.standard(Templates.defaults());
    Renderers lazy = RendererSetup.renderers(null);
    for (String f : List.of("html", "md", "docx")) {
      assertArrayEquals(standard.get(f).render(doc), lazy.get(f).render(doc), f);
    }
  }

  @Test
  void makesTheRendererOnFirstUseOnly() throws Exception {
    int[] made = {0};
    Renderer real = Renderers.standard(Templates.defaults()).get("md");
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
    Renderer md = Renderers.standard(Templates.defaults()).get("md");
    LazyRenderer r = new LazyRenderer("html", () -> md);
    Document doc = Document.of(Fixtures.organ(), Fixtures.kallelse(), null);
    assertThrows(IllegalStateException.class, () -> r.render(doc));
  }
}
