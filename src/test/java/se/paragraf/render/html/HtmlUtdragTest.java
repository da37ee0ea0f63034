package se.paragraf.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.paragraf.render.RenderException;

/** The protokollsutdrag: only the chosen §§, in full, and the Utdragsbestyrkande. */
class HtmlUtdragTest {

  @Test
  void onlyTheChosenParagraferInFull() throws Exception {
    Xhtml x = Xhtml.parse(Pages.utdrag(585, 583));
    assertEquals("Samordningsförbundet Norrdal PROTOKOLLSUTDRAG", x.text("//h1"));
    assertEquals(List.of("§ 583 Ansökan om medfinansiering, projektet Steget", "§ 585 Övriga frågor"),
        x.texts("//main/section[starts-with(@id,'p')]/h2"));
    assertEquals("Dnr 2025/15", x.text("//section[@id='p583']/p[@class='dnr']"));
    assertEquals("Utdrag till: Norrby kommun, Ekonomienheten",
        x.text("//section[@id='p583']/p[@class='utdrag-till']"));
    assertEquals(2, x.all("//section[@id='p583']/div[@class='beslut']/ul/li").size());
    assertEquals("2025-03-06", x.dd("Sammanträdesdatum"));
    assertEquals("§§ 583 och 585", x.dd("Paragrafer"));
    assertEquals("Protokollsutdrag §§ 583 och 585 – Styrelsen, Samordningsförbundet Norrdal, "
        + "6 mars 2025", x.text("/html/head/title"));
  }

  @Test
  void utdragsbestyrkandeIsSignedByTheSekreterare() throws Exception {
    Xhtml x = Xhtml.parse(Pages.utdrag(583));
    String b = "//section[@class='utdragsbestyrkande']";
    assertEquals("Utdragsbestyrkande", x.text(b + "/h2"));
    assertEquals("Rätt utdraget intygar", x.text(b + "/p"));
    assertEquals(1, x.all(b + "//div[@class='signaturlinje']").size());
    assertEquals("Eva Lind", x.text(b + "//p[@class='namn']"));
    assertEquals("§ 583", x.dd("Paragrafer"));
    assertTrue(x.all(b + "/p[@class='referens']").isEmpty(), "no seal, no reference");
  }

  @Test
  void certifiedUtdragPrintsTheSealReference() throws Exception {
    se.paragraf.model.Document d = se.paragraf.model.Document.utdrag(
        se.paragraf.fixtures.Fixtures.organ(), se.paragraf.fixtures.Fixtures.protokoll(),
        java.util.List.of(583), null).withReferens("42-3f2a9c1b7d4e");
    String html = new HtmlRenderer(se.paragraf.render.Templates.folder(java.nio.file.Path.of(
        "templates"))).renderString(d);
    Xhtml x = Xhtml.parse(html);
    assertEquals("Förseglingens referens: 42-3f2a9c1b7d4e",
        x.text("//section[@class='utdragsbestyrkande']/p[@class='referens']"));
  }

  @Test
  void aParagrafNotInTheProtokollIsRefusedInSwedish() {
    RenderException e = assertThrows(RenderException.class, () -> Pages.utdrag(583, 590));
    assertEquals("§ 590 finns inte i protokollet från 2025-03-06 (där finns §§ 580–585).",
        e.getMessage());
    RenderException tva = assertThrows(RenderException.class, () -> Pages.utdrag(12, 590));
    assertEquals("§§ 12 och 590 finns inte i protokollet från 2025-03-06 "
        + "(där finns §§ 580–585).", tva.getMessage());
    assertThrows(RenderException.class, () -> Pages.utdrag());
  }
}
