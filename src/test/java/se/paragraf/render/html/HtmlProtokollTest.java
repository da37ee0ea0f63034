package se.paragraf.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import se.paragraf.fixtures.Fixtures;
import se.paragraf.model.AttSats;
import se.paragraf.model.Beslut;
import se.paragraf.model.Omrostning;
import se.paragraf.model.Rost;
import se.paragraf.model.SourcePos;

/** The protokoll page read as a structure: first page, every §, and what a § records. */
class HtmlProtokollTest {
  private static final SourcePos P = SourcePos.NONE;

  private static Xhtml page() throws Exception {
    return Xhtml.parse(Pages.protokoll(Fixtures.anslag()));
  }

  @Test
  void pageShellIsSwedishAndSelfContained() throws Exception {
    Xhtml x = page();
    assertEquals("sv", x.one("/html").getAttribute("lang"));
    assertEquals("utf-8", x.one("/html/head/meta[@charset]").getAttribute("charset"));
    assertEquals("Protokoll – Styrelsen, Samordningsförbundet Norrdal, 6 mars 2025",
        x.text("/html/head/title"));
    assertEquals(1, x.all("//main").size());
    assertEquals("Samordningsförbundet Norrdal PROTOKOLL", x.text("//h1"));
    assertTrue(x.text("/html/head/style").contains("size: A4"), "print CSS is inlined");
    assertTrue(x.all("//link | //script | //img").isEmpty(), "no external resources, no script");
  }

  @Test
  void everyParagrafHasExactlyOneH2WithItsNumber() throws Exception {
    Xhtml x = page();
    List<Integer> nummer = Fixtures.protokoll().paragrafer();
    List<Element> sections = x.all("//main/section[starts-with(@id,'p')]");
    assertEquals(nummer.size(), sections.size());
    for (int i = 0; i < nummer.size(); i++) {
      Element s = sections.get(i);
      assertEquals(1, x.all("//section[@id='p" + nummer.get(i) + "']/h2").size());
      assertEquals(0, x.all("//section[@id='p" + nummer.get(i) + "']//*[name()!='h2']//h2").size());
      assertTrue(Xhtml.text(s.getElementsByTagName("h2").item(0))
          .startsWith("§ " + nummer.get(i) + " "));
    }
    assertEquals("§ 583 Ansökan om medfinansiering, projektet Steget",
        x.text("//section[@id='p583']/h2"));
  }

  @Test
  void firstPageCarriesEveryLabel() throws Exception {
    Xhtml x = page();
    List<String> dt = x.texts("//div[@class='forsta-sida']//dt");
    for (String label : List.of("Plats och tid", "Beslutande", "Övriga deltagande",
        "Utses att justera", "Paragrafer", "Underskrifter", "Organ", "Sammanträdesdatum",
        "Datum för anslags uppsättande", "Datum för anslags nedtagande",
        "Sista dag för överklagande", "Förvaringsplats för protokollet", "Underskrift")) {
      assertTrue(dt.contains(label), "first page lacks " + label + ": " + dt);
    }
    assertEquals("BEVIS OM ANSLAG", x.text("//section[@class='anslag']/h2"));
    assertEquals("Kommunkontoret, Storgatan 67, Norrby Torsdag 6 mars 2025, kl. 09.00–15.00",
        x.dd("Plats och tid"));
    assertEquals("§§ 580–585", x.dd("Paragrafer"));
    assertEquals("Karin Ek", x.dd("Utses att justera"));
  }

  @Test
  void attendanceInTwoListsWithTheTjanstgorandeErsattare() throws Exception {
    Xhtml x = page();
    assertEquals(List.of("Bertil Almgren (S), ordförande", "Karin Ek (C), vice ordförande",
            "Maria Lund, ledamot, Arbetsförmedlingen",
            "Sture Andersson (M), ersättare för Kenneth Andersson"),
        x.texts("//dl[@class='narvaro']/div[dt='Beslutande']/dd/ul/li"));
    assertEquals(List.of("Per Öberg (V), ersättare",
            "Anna-Klara Granstrand, utvecklingsstrateg, Norrby kommun", "Eva Lind, förbundschef"),
        x.texts("//dl[@class='narvaro']/div[dt='Övriga deltagande']/dd/ul/li"));
  }

  @Test
  void underskrifterHaveALineANameAndARoleEach() throws Exception {
    Xhtml x = page();
    String under = "//div[dt='Underskrifter']/dd/div[@class='signatur']";
    assertEquals(List.of("Eva Lind", "Bertil Almgren", "Karin Ek"),
        x.texts(under + "/p[@class='namn']"));
    assertEquals(List.of("Sekreterare", "Ordförande", "Justerare"),
        x.texts(under + "/p[@class='roll']"));
    assertEquals(3, x.all(under + "/div[@class='signaturlinje']").size());
  }

  @Test
  void anslagShowsItsDatesOrBlankLines() throws Exception {
    Xhtml x = page();
    assertEquals("2025-03-14", x.dd("Datum för anslags uppsättande"));
    assertEquals("2025-04-07", x.dd("Datum för anslags nedtagande"));
    assertEquals("2025-04-04", x.dd("Sista dag för överklagande"));
    assertEquals("Samordningsförbundets kansli, Storgatan 12, Norrby",
        x.dd("Förvaringsplats för protokollet"));
    assertTrue(x.all("//section[@class='anslag']//span[@class='tomt']").isEmpty());

    Xhtml blank = Xhtml.parse(Pages.protokoll(null));
    for (String label : List.of("Datum för anslags uppsättande", "Datum för anslags nedtagande",
        "Sista dag för överklagande")) {
      assertEquals(1, blank.all("//section[@class='anslag']//div[dt='" + label
          + "']/dd/span[@class='tomt']").size(), label + " is a blank line");
    }
    assertEquals("2025-03-06", blank.dd("Sammanträdesdatum"));
    assertEquals("Samordningsförbundets kansli, Storgatan 12, Norrby",
        blank.dd("Förvaringsplats för protokollet"), "the organ's förvaringsplats is known");
    assertFalse(blank.html.contains("Justeringen har tillkännagivits"));
  }

  @Test
  void paragrafRecordsJavYrkandenPropositionOmrostningBeslutReservation() throws Exception {
    Xhtml x = page();
    String s = "//section[@id='p583']";
    assertEquals("Dnr 2025/15", x.text(s + "/p[@class='dnr']"));
    assertEquals("Bilaga: Projektansökan Steget", x.text(s + "/p[@class='bilaga']"));
    assertEquals("Karin Ek anmäler jäv och deltar inte i handläggningen. "
        + "Per Öberg tjänstgör i stället.", x.text(s + "/p[@class='jav']"));
    assertEquals(List.of("Bertil Almgren yrkar bifall till förslaget.",
        "Maria Lund yrkar att avslå ansökan"), x.texts(s + "/ul[@class='yrkanden']/li"));
    assertEquals(List.of("Yrkanden", "Propositionsordning", "Omröstning", "Reservation"),
        x.texts(s + "/h3[@class='etikett']"));
    assertEquals("Samordningsförbundet beslutar:", x.text(s + "/div[@class='beslut']/h3"));
    assertEquals(List.of(
            "att bevilja Norrby kommun 1 352 000 kronor i medfinansiering för projektet Steget",
            "att delegera till ordförande att godkänna slutrapporten"),
        x.texts(s + "/div[@class='beslut']/ul[@class='att-satser']/li"));
    assertEquals("Maria Lund reserverar sig mot beslutet. Motivering: Projektet saknar "
        + "förankring hos Arbetsförmedlingen.", x.text(s + "/p[@class='reservation']"));
    assertEquals("Justerare för denna paragraf: Sture Andersson",
        x.text(s + "/p[@class='paragrafjusterare']"));
    assertEquals("Paragrafen förklaras omedelbart justerad.", x.text(s + "/p[@class='omedelbar']"));
    assertEquals("Utdrag till: Norrby kommun, Ekonomienheten",
        x.text(s + "/p[@class='utdrag-till']"));
  }

  @Test
  void omrostningIsATableWithHeadersCountsAndOutcome() throws Exception {
    Xhtml x = page();
    String t = "//section[@id='p583']/table[@class='omrostning']";
    assertEquals("Ja för förslaget, nej för Maria Lunds yrkande.", x.text(t + "/caption"));
    assertEquals(List.of("Namn", "Ja", "Nej", "Avstår"), x.texts(t + "/thead/tr/th[@scope='col']"));
    assertEquals(4, x.all(t + "/tbody/tr/th[@scope='row']").size());
    assertEquals("Maria Lund", x.text(t + "/tbody/tr[td[2]='X']/th"));
    assertEquals(List.of("3", "1", "0"), x.texts(t + "/tfoot/tr/td"));
    assertEquals("Omröstningsresultat: 3 ja, 1 nej, 0 avstår. Ja-sidan har vunnit omröstningen.",
        x.text("//section[@id='p583']/p[@class='resultat']"));
  }

  @Test
  void everyTableHeaderCellHasAScope() throws Exception {
    Xhtml x = page();
    assertEquals(6, x.all("//thead//th").size(), "body table and omröstning");
    assertTrue(x.all("//thead//th[not(@scope='col')]").isEmpty());
    assertTrue(x.all("//tbody//th[not(@scope='row')] | //tfoot//th[not(@scope='row')]").isEmpty());
  }

  @Test
  void aTieIsDecidedByTheChairsVote() throws Exception {
    Omrostning lika = new Omrostning(null, List.of(new Rost("Maria Lund", Rost.Val.JA, P),
        new Rost("Bertil Almgren", Rost.Val.NEJ, P)), P);
    Xhtml x = Xhtml.parse(Pages.protokoll(Pages.protokollMed(583, a -> new se.paragraf.model.Arende(
        a.typ(), a.nummer(), a.rubrik(), a.dnr(), a.bilagor(), a.text(), a.beslut(), a.jav(),
        a.yrkanden(), a.propositionsordning(), lika, a.reservationer(), a.justerare(),
        a.omedelbarJustering(), a.utdragTill(), a.sekretess(), a.delpunkter(), a.pos())), null));
    assertEquals("Omröstningsresultat: 1 ja, 1 nej, 0 avstår. Lika röstetal; ordföranden har "
        + "utslagsröst. Nej-sidan har vunnit omröstningen.",
        x.text("//section[@id='p583']/p[@class='resultat']"));
    assertEquals("Omröstning", x.text("//section[@id='p583']/table/caption"));
  }

  @Test
  void informationAndOvrigaFragorAreOneParagrafEachWithH3SubItems() throws Exception {
    Xhtml x = page();
    assertEquals("§ 584 Informationsärenden", x.text("//section[@id='p584']/h2"));
    assertEquals(List.of("Verksamhetsrapport", "Nationella rådet"),
        x.texts("//section[@id='p584']/section/h3"));
    assertEquals("Lokalfrågan", x.text("//section[@id='p585']/section/h3"));
    assertEquals("Samordningsförbundet beslutar:",
        x.text("//section[@id='p585']/section/div[@class='beslut']/h4"));
  }

  @Test
  void inledningReplacesTheOrgansPhrase() throws Exception {
    Beslut hemstallan = new Beslut("Kommunstyrelsen hemställer att kommunfullmäktige beslutar",
        List.of(new AttSats("anta planen", P)), P);
    Xhtml x = Xhtml.parse(Pages.protokoll(Pages.protokollMed(582, a -> a.withBeslut(hemstallan)),
        null));
    assertEquals("Kommunstyrelsen hemställer att kommunfullmäktige beslutar:",
        x.text("//section[@id='p582']/div[@class='beslut']/h3"));
    assertEquals("att anta planen", x.text("//section[@id='p582']/div[@class='beslut']/ul/li"));
  }

  @Test
  void aSecretParagrafIsRenderedInFullAndMarked() throws Exception {
    Xhtml x = Xhtml.parse(Pages.protokoll(
        Pages.protokollMed(583, a -> Pages.sekretess(a, "26 kap. 1 § OSL")), null));
    assertEquals("Sekretess enligt 26 kap. 1 § OSL", x.text("//section[@id='p583']/p[@class='sekretess']"));
    assertTrue(x.text("//section[@id='p583']/div[@class='brodtext']")
        .startsWith("Norrby kommun ansöker om medfinansiering"));
    assertEquals(1, x.all("//p[@class='sekretess']").size());
  }
}
