package se.paragraf.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import se.paragraf.fixtures.Fixtures;
import se.paragraf.model.Document;
import se.paragraf.model.Meeting;
import se.paragraf.model.Organ;
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
  void theSameParagrafUnderAnotherOrgansPhraseIsRenderedAgain() throws Exception {
    Organ o = Fixtures.organ();
    Organ other = new Organ(o.key(), o.file(), o.organisation(), o.namn(), "Förbundsstyrelsen",
        o.numrering(), o.forstaParagraf(), o.sekreterare(), o.forvaringsplats(),
        o.anslagstavla(), o.brevhuvud(), o.register());
    HtmlRenderer warm = new HtmlRenderer(Templates.bundled());
    warm.renderString(Document.of(o, Fixtures.protokoll(), null));
    String again = warm.renderString(Document.of(other, Fixtures.protokoll(), null));
    assertTrue(again.contains("Förbundsstyrelsen beslutar:"), again);
    assertEquals(new HtmlRenderer(Templates.bundled())
        .renderString(Document.of(other, Fixtures.protokoll(), null)), again);
  }
}
