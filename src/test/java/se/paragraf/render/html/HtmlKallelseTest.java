package se.paragraf.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.paragraf.fixtures.Fixtures;
import se.paragraf.model.Arende;
import se.paragraf.model.Document;
import se.paragraf.model.Meeting;
import se.paragraf.render.RenderException;

/** The kallelse page: head, Tid and Plats, numbered items with proposals, then the sections. */
class HtmlKallelseTest {

  @Test
  void headAndMeetingFacts() throws Exception {
    Xhtml x = Xhtml.parse(Pages.kallelse());
    assertEquals("sv", x.one("/html").getAttribute("lang"));
    assertEquals("Kallelse – Styrelsen, Samordningsförbundet Norrdal, 6 mars 2025",
        x.text("/html/head/title"));
    assertEquals("Samordningsförbundet Norrdal KALLELSE", x.text("//h1"));
    assertEquals("Styrelsen Eva Lind, sekreterare", x.text("//p[@class='avsandare']"));
    assertEquals("Torsdag 6 mars 2025, kl. 09.00–15.00", x.dd("Tid"));
    assertEquals("Kommunkontoret, Storgatan 67, Norrby", x.dd("Plats"));
  }

  @Test
  void itemsAreNumberedOneToNThenTheUnnumberedSections() throws Exception {
    Xhtml x = Xhtml.parse(Pages.kallelse());
    assertEquals(List.of("1. Genomgång av protokoll från föregående möte", "2. Val av justerare",
            "3. Årsredovisning 2024", "4. Ansökan om medfinansiering, projektet Steget",
            "Informationsärenden", "Övriga frågor"),
        x.texts("//main/section/h2"));
    assertEquals(List.of("Verksamhetsrapport", "Nationella rådet"),
        x.texts("//section[@id='informationsarenden']/section/h3"));
    assertEquals("Lokalfrågan", x.text("//section[@id='ovriga-fragor']/section/h3"));
  }

  @Test
  void proposalBlockWithEachAttSatsOnItsOwnLine() throws Exception {
    Xhtml x = Xhtml.parse(Pages.kallelse());
    String b = "//section[@id='p4']/div[@class='beslut']";
    assertEquals("Samordningsförbundet föreslås besluta:", x.text(b + "/h3"));
    assertEquals(List.of(
            "att bevilja Norrby kommun 1 352 000 kronor i medfinansiering för projektet Steget",
            "att …"),
        x.texts(b + "/ul[@class='att-satser']/li"));
    assertEquals("att utse ____ till justerare",
        x.text("//section[@id='p2']/div[@class='beslut']/ul/li"));
    assertEquals("Dnr 2025/15", x.text("//section[@id='p4']/p[@class='dnr']"));
    assertEquals("Bilaga: Projektansökan Steget", x.text("//section[@id='p4']/p[@class='bilaga']"));
  }

  @Test
  void anUnnamedBilagaReadsSeBilaga() throws Exception {
    Meeting k = Fixtures.kallelse();
    Meeting m = k.withArenden(k.arenden().stream().map(a -> a.nummer() != null && a.nummer() == 3
        ? new Arende(a.typ(), a.nummer(), a.rubrik(), a.dnr(), List.of("", "Budget 2025"),
            List.of(), a.beslut(), a.jav(), a.yrkanden(), a.propositionsordning(), a.omrostning(),
            a.reservationer(), a.justerare(), a.omedelbarJustering(), a.utdragTill(),
            a.sekretess(), a.delpunkter(), a.pos())
        : a).toList());
    Xhtml x = Xhtml.parse(Pages.RENDERER.renderString(Document.of(Fixtures.organ(), m, null)));
    assertEquals(List.of("Se bilaga.", "Bilaga: Budget 2025"),
        x.texts("//section[@id='p3']/p[@class='bilaga']"));
  }

  @Test
  void anUtdragIsOnlyMadeFromAProtokoll() {
    RenderException e = assertThrows(RenderException.class, () -> Pages.RENDERER.renderString(
        Document.utdrag(Fixtures.organ(), Fixtures.kallelse(), List.of(1), null)));
    assertEquals("Ett protokollsutdrag kan bara göras ur ett protokoll, inte ur en kallelse.",
        e.getMessage());
  }

  @Test
  void protokollOnlyRecordsStayOutOfTheKallelse() throws Exception {
    String html = Pages.kallelse();
    for (String s : List.of("Utdrag till", "omedelbart justerad", "anmäler jäv", "beslutar:")) {
      assertTrue(!html.contains(s), "a kallelse does not say " + s);
    }
  }

  @Test
  void letterheadAtTheFoot() throws Exception {
    Xhtml x = Xhtml.parse(Pages.kallelse());
    assertEquals(List.of("Samordningsförbundet Norrdal", "Storgatan 12, 931 30 Norrby",
            "Org.nr 222000-1234", "Telefon 0910-12 34 56", "E-post kansli@norrdal.se",
            "https://www.norrdal.se"),
        x.texts("/html/body/footer[@class='brevhuvud']/address/ul/li"));
    assertEquals("mailto:kansli@norrdal.se",
        x.one("//footer//a[starts-with(@href,'mailto:')]").getAttribute("href"));
  }
}
