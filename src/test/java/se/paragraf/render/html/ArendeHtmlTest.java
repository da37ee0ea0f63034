package se.paragraf.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import se.paragraf.fixtures.Fixtures;
import se.paragraf.model.Document;
import se.paragraf.model.Meeting;
import se.paragraf.render.Templates;

/** Ärenden kept from an earlier render never stand in for changed ones. */
class ArendeHtmlTest {
  @Test
  void aChangedParagrafIsRenderedAgainAndTheRestAreAsFresh() throws Exception {
    HtmlRenderer warm = new HtmlRenderer(Templates.bundled());
    String before = warm.renderString(Document.of(Fixtures.organ(), Fixtures.protokoll(), null));
    Meeting changed = Pages.protokollMed(583, a -> Pages.sekretess(a, "OSL 26 kap. 1 §"));
    String after = warm.renderString(Document.of(Fixtures.organ(), changed, null));
    String fresh = new HtmlRenderer(Templates.bundled())
        .renderString(Document.of(Fixtures.organ(), changed, null));
    assertEquals(fresh, after);
    assertNotEquals(before, after);
    assertTrue(after.contains("Sekretess enligt OSL 26 kap. 1 §"), after);
    assertEquals(before,
        warm.renderString(Document.of(Fixtures.organ(), Fixtures.protokoll(), null)));
  }

  @Test
  void theSameParagrafInAKallelseAndAProtokollIsRenderedForEach() throws Exception {
    HtmlRenderer r = new HtmlRenderer(Templates.bundled());
    String kallelse = r.renderString(Document.of(Fixtures.organ(), Fixtures.kallelse(), null));
    assertEquals(new HtmlRenderer(Templates.bundled())
        .renderString(Document.of(Fixtures.organ(), Fixtures.kallelse(), null)), kallelse);
    assertEquals(Pages.protokoll(null), r.renderString(
        Document.of(Fixtures.organ(), Fixtures.protokoll(), null)));
  }
}
