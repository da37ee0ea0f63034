package se.paragraf.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import se.paragraf.fixtures.Fixtures;
import se.paragraf.model.Document;
import se.paragraf.model.Meeting;
import se.paragraf.render.RenderException;
import se.paragraf.render.Templates;

/** Behaviour of the DOCX renderer, checked in the XML it writes. */
class DocxRendererTest {
  private static final DocxRenderer RENDERER = new DocxRenderer(Templates.bundled());

  static DocxPackage render(Document doc) throws Exception {
    return DocxPackage.checked(RENDERER.render(doc));
  }

  static Document protokoll() {
    return Document.of(Fixtures.organ(), Fixtures.protokoll(), Fixtures.anslag());
  }

  @Test
  void formatIsDocx() {
    assertEquals("docx", RENDERER.format());
    assertEquals("docx", RENDERER.extension());
  }

  @Test
  void protokollHeadersUseComplexPageFieldsAndATitlePage() throws Exception {
    DocxPackage pkg = render(protokoll());
    String first = DocxText.dump(pkg).split("== header-default")[0];
    assertTrue(first.contains("**PROTOKOLL**⇥{PAGE}({NUMPAGES})"), first);
    assertEquals(List.of("begin", "separate", "end", "begin", "separate", "end"),
        fldCharTypes(pkg, pkg.hdrFtr.get("header-first")));
    assertEquals(List.of("begin", "separate", "end"),
        fldCharTypes(pkg, pkg.hdrFtr.get("header-default")), "later pages: PAGE only");
    assertEquals(1, pkg.dom("word/document.xml")
        .getElementsByTagNameNS(DocxPackage.W, "titlePg").getLength());
    String footer = DocxText.dump(pkg).split("== footer-default")[1];
    assertTrue(footer.contains("Justerandes sign") && footer.contains("Utdragsbestyrkande"));
  }

  private static List<String> fldCharTypes(DocxPackage pkg, String entry) {
    var nodes = pkg.dom(entry).getElementsByTagNameNS(DocxPackage.W, "fldChar");
    List<String> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add(((Element) nodes.item(i)).getAttributeNS(DocxPackage.W, "fldCharType"));
    }
    return out;
  }

  @Test
  void decisionHeadingAndAllButTheLastAttSatsKeepWithTheNext() throws Exception {
    String text = DocxText.dump(render(protokoll()));
    assertTrue(text.contains("[Beslutsrubrik] Samordningsförbundet beslutar: {keepNext}\n"
        + "[AttSats] att⇥bevilja Norrby kommun 1 352 000 kronor i medfinansiering för projektet "
        + "Steget {keepNext}\n"
        + "[AttSats] att⇥delegera till ordförande att godkänna slutrapporten\n"), text);
  }

  @Test
  void firstPageShowsAttendanceInTwoColumnsAndTheParagrafRange() throws Exception {
    String text = DocxText.dump(render(protokoll()));
    assertTrue(text.contains("| [Etikett] Beslutande | [Etikett] Övriga deltagande |"), text);
    assertTrue(text.contains("[Deltagare] Sture Andersson (M), ersättare för Kenneth Andersson"));
    assertTrue(text.contains("| [Brodtext] Karin Ek | [Brodtext] 580–585 |"));
    assertTrue(text.contains("[Paragrafnummer] § 580 {pageBreakBefore}"), "§§ start on page 2");
  }

  @Test
  void aDraftWithoutPlatsOrJusterareStillHasItsFirstPage() throws Exception {
    Meeting p = Fixtures.protokoll();
    Meeting draft = new Meeting(p.file(), p.organKey(), p.kind(), p.datum(), p.start(), null,
        null, p.beslutande(), p.ersattare(), p.ovriga(), List.of(), null, null, null, null,
        p.arenden(), p.pos());
    String text = DocxText.dump(render(Document.of(Fixtures.organ(), draft, null)));
    assertTrue(text.contains(
        "[Etikett] Plats och tid\n[Brodtext] torsdag 6 mars 2025, kl. 09.00\n"), text);
    assertTrue(text.contains(
        "| [Underskrift] Sekreterare | [Signaturrad] / [Underskrift] Eva Lind |"),
        "the organ's sekreterare");
    assertTrue(text.contains("| [Underskrift] Ordförande | [Signaturrad] / [Underskrift] Bertil "
        + "Almgren |"), "the register's ordförande");
    assertTrue(text.contains("| [Underskrift] Justerare | [Signaturrad] / [Underskrift] |"),
        "a line for a justerare not yet chosen");
    assertFalse(text.contains("null"));
  }

  @Test
  void anslagWithoutDatesLeavesLinesToFillIn() throws Exception {
    String text = DocxText.dump(render(
        Document.of(Fixtures.organ(), Fixtures.protokoll(), null)));
    assertTrue(text.contains("[Anslagsrad] Datum då anslaget sätts upp⇥____"), text);
    assertTrue(text.contains("[Anslagsrad] Datum då anslaget tas ned⇥____"));
    assertTrue(text.contains("[Anslagsrad] Förvaringsplats för protokollet⇥Samordningsförbundets"
        + " kansli"), "the organ's förvaringsplats is known without an anslag");
  }

  @Test
  void onlySafeLinksBecomeExternalHyperlinks() throws Exception {
    DocxPackage pkg = render(BodyFixture.document());
    assertTrue(pkg.rels.containsValue("mailto:kansli@norrdal.se"), pkg.rels.toString());
    assertFalse(pkg.rels.values().stream().anyMatch(t -> t.startsWith("javascript")));
    String text = DocxText.dump(pkg);
    assertTrue(text.contains("ny rad, ingen länk, [e-post](mailto:kansli@norrdal.se)."), text);
    var rels = pkg.dom("word/_rels/document.xml.rels")
        .getElementsByTagNameNS(DocxPackage.PR, "Relationship");
    for (int i = 0; i < rels.getLength(); i++) {
      Element r = (Element) rels.item(i);
      if (r.getAttribute("Target").startsWith("mailto:")) {
        assertEquals("External", r.getAttribute("TargetMode"));
      }
    }
    assertFalse(Inlines.linkable("javascript:alert(1)"));
    assertFalse(Inlines.linkable("file:///etc/passwd"));
    assertTrue(Inlines.linkable("HTTPS://example.se"));
  }

  @Test
  void eachOrderedListRestartsWithItsOwnNumbering() throws Exception {
    DocxPackage pkg = render(BodyFixture.document());
    String numbering = XmlNormal.pretty(pkg.dom("word/numbering.xml"), pkg.rels);
    assertTrue(numbering.contains("<w:num w:numId=\"3\">\n    <w:abstractNumId w:val=\"2\"/>\n"
        + "    <w:lvlOverride w:ilvl=\"0\">\n      <w:startOverride w:val=\"3\"/>"), numbering);
    assertTrue(numbering.contains("<w:num w:numId=\"4\">\n    <w:abstractNumId w:val=\"2\"/>\n"
        + "    <w:lvlOverride w:ilvl=\"0\">\n      <w:startOverride w:val=\"1\"/>"));
    String text = DocxText.dump(pkg);
    assertTrue(text.contains("[Numreradlista] tredje punkten {num=3 lvl=0}"));
    assertTrue(text.contains("[Punktlista] underpunkt {num=1 lvl=1}"), "nested one level deeper");
    assertTrue(text.contains("[Numreradlista] ny lista börjar om {num=4 lvl=0}"));
  }

  @Test
  void tableColumnsFollowContentAndHeaderRowsRepeat() throws Exception {
    String text = DocxText.dump(render(protokoll()));
    assertTrue(text.contains("<table Tabell 780|1620>\n|h| [Tabellrubrik] År |"), text);
    String body = DocxText.dump(render(BodyFixture.document()));
    assertTrue(body.contains("<table Tabell 7030|660|1380>"), "long text gets the wide column");
  }

  @Test
  void kallelseUsesSwedishTypographyAndTheProposalPhrase() throws Exception {
    String text = DocxText.dump(render(Document.of(Fixtures.organ(), Fixtures.kallelse(), null)));
    assertTrue(text.contains("| [Brodtext] **Tid** | [Brodtext] Torsdag 6 mars 2025, kl. "
        + "09.00–15.00 |"), text);
    assertTrue(text.contains("[Arenderubrik] 1.⇥Genomgång av protokoll från föregående möte"));
    assertTrue(text.contains("[Beslutsrubrik] Samordningsförbundet föreslås besluta: {keepNext}"));
    assertTrue(text.contains("[Arenderubrik] Informationsärenden\n[Delrubrik] Verksamhetsrapport"));
    assertTrue(text.contains("[Organisation] Samordningsförbundet Norrdal"), "letterhead");
    assertTrue(text.contains("Org.nr 222000-1234 · Tfn 0910-12 34 56 · kansli@norrdal.se"));
    assertFalse(text.contains("Utdrag till"), "protokoll records stay out of a kallelse");
    assertFalse(text.contains("beslutar:"));
  }

  @Test
  void utdragHoldsOnlyTheChosenParagraferAndTheBestyrkande() throws Exception {
    String text = DocxText.dump(render(Document.utdrag(Fixtures.organ(), Fixtures.protokoll(),
        List.of(585, 583), Fixtures.anslag())));
    assertTrue(text.contains("[Paragrafnummer] § 583"), text);
    assertTrue(text.contains("[Paragrafnummer] § 585"));
    assertFalse(text.contains("§ 584"));
    assertTrue(text.indexOf("§ 583") < text.indexOf("§ 585"), "protokoll order");
    assertTrue(text.contains("[Dnr] Dnr 2025/15"));
    assertTrue(text.contains("| [Brodtext] **Paragrafer** | [Brodtext] §§ 583 och 585 |"));
    assertTrue(text.contains("[Brodtext] Rätt utdraget intygar {keepNext}"));
    assertTrue(text.contains("[Underskrift] Eva Lind, sekreterare"));
    assertTrue(text.contains("**PROTOKOLLSUTDRAG**"));
    assertFalse(text.contains("Förseglingens referens"), "no seal, no reference");
  }

  @Test
  void certifiedUtdragPrintsTheSealReference() throws Exception {
    String text = DocxText.dump(render(Document.utdrag(Fixtures.organ(), Fixtures.protokoll(),
        List.of(583), Fixtures.anslag()).withReferens("42-3f2a9c1b7d4e")));
    assertTrue(text.contains("[Brodtext] Förseglingens referens: 42-3f2a9c1b7d4e"), text);
  }

  @Test
  void utdragOfAParagrafNotInTheProtokollIsASwedishError() {
    RenderException e = assertThrows(RenderException.class, () -> RENDERER.render(
        Document.utdrag(Fixtures.organ(), Fixtures.protokoll(), List.of(583, 999), null)));
    assertEquals("§ 999 finns inte i protokollet från 2025-03-06 (där finns §§ 580–585).",
        e.getMessage());
    RenderException none = assertThrows(RenderException.class, () -> RENDERER.render(
        Document.utdrag(Fixtures.organ(), Fixtures.protokoll(), List.of(), null)));
    assertEquals("Utdraget anger inga paragrafer att ta med.", none.getMessage());
    RenderException kallelse = assertThrows(RenderException.class, () -> RENDERER.render(
        Document.utdrag(Fixtures.organ(), Fixtures.kallelse(), List.of(1), null)));
    assertEquals("Ett protokollsutdrag kan bara göras ur ett protokoll, inte ur en kallelse.",
        kallelse.getMessage());
  }

  @Test
  void documentPropertiesCarryTitleAndSwedish() throws Exception {
    DocxPackage pkg = render(protokoll());
    String core = new String(pkg.entries.get("docProps/core.xml"),
        java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(core.contains(
        ">Protokoll Styrelsen 2025-03-06, Samordningsförbundet Norrdal</dc:title>"), core);
    assertTrue(core.contains(">sv-SE</dc:language>"));
  }

  @Test
  void sameDocumentSameBytesAlsoFromManyThreads() throws Exception {
    byte[] expected = RENDERER.render(protokoll());
    var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<byte[]>> results = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        results.add(pool.submit(() -> RENDERER.render(protokoll())));
      }
      for (var f : results) {
        org.junit.jupiter.api.Assertions.assertArrayEquals(expected, f.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void warmUpLeavesTheRendererWorking() throws Exception {
    DocxRenderer.warmUp();
    assertTrue(RENDERER.render(protokoll()).length > 5_000);
  }
}
