package se.paragraf.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import se.paragraf.fixtures.Fixtures;
import se.paragraf.model.Document;
import se.paragraf.render.Templates;

/** The style contract between the code and templates/referens.docx. */
class StyleContractTest {
  private static final Path REFERENS = Path.of("templates/referens.docx");

  private static DocxPackage reference() throws Exception {
    return new DocxPackage(Files.readAllBytes(REFERENS));
  }

  private static Set<String> definedStyles(DocxPackage pkg) {
    Set<String> ids = new TreeSet<>();
    NodeList styles = pkg.dom("word/styles.xml").getElementsByTagNameNS(DocxPackage.W, "style");
    for (int i = 0; i < styles.getLength(); i++) {
      ids.add(((Element) styles.item(i)).getAttributeNS(DocxPackage.W, "styleId"));
    }
    return ids;
  }

  @Test
  void everyStyleTheCodeNamesIsDefinedInTheReference() throws Exception {
    Set<String> defined = definedStyles(reference());
    List<String> missing = Stil.ALLA.stream().filter(id -> !defined.contains(id)).toList();
    assertEquals(List.of(), missing, "styles the code names but referens.docx lacks");
  }

  @Test
  void everyStyleInRenderedDocumentsIsInTheContractAndTheReference() throws Exception {
    Set<String> defined = definedStyles(reference());
    DocxRenderer r = new DocxRenderer(Templates.folder(Path.of("templates")));
    Set<String> used = new TreeSet<>();
    for (Document doc : List.of(
        Document.of(Fixtures.organ(), Fixtures.kallelse(), null),
        Document.of(Fixtures.organ(), Fixtures.protokoll(), Fixtures.anslag()),
        Document.utdrag(Fixtures.organ(), Fixtures.protokoll(), List.of(583), null),
        BodyFixture.document())) {
      DocxPackage pkg = DocxPackage.checked(r.render(doc));
      List<String> parts = new java.util.ArrayList<>(pkg.hdrFtr.values());
      parts.add("word/document.xml");
      for (String part : parts) {
        for (String el : List.of("pStyle", "rStyle", "tblStyle")) {
          used.addAll(pkg.vals(part, el));
        }
      }
    }
    assertTrue(Stil.ALLA.containsAll(used), "used outside the contract: " + used);
    assertTrue(defined.containsAll(used), "used but undefined: " + used);
    assertTrue(used.size() >= 30, "the fixtures exercise most of the contract: " + used);
  }

  @Test
  void defaultsAndParagraphStylesSetArialAndSwedish() throws Exception {
    DocxPackage pkg = reference();
    org.w3c.dom.Document styles = pkg.dom("word/styles.xml");
    Element defaults = (Element) styles.getElementsByTagNameNS(DocxPackage.W, "rPrDefault").item(0);
    assertFont(defaults, "docDefaults");
    NodeList all = styles.getElementsByTagNameNS(DocxPackage.W, "style");
    int checked = 0;
    for (int i = 0; i < all.getLength(); i++) {
      Element s = (Element) all.item(i);
      String id = s.getAttributeNS(DocxPackage.W, "styleId");
      if (Stil.ALLA.contains(id) && !s.getAttributeNS(DocxPackage.W, "type").equals("character")) {
        assertFont(DocxText.child(s, "rPr"), id);
        checked++;
      }
    }
    assertEquals(Stil.ALLA.size() - 2, checked, "all but the two character styles");
  }

  private static void assertFont(Element parent, String where) {
    Element fonts = (Element) parent.getElementsByTagNameNS(DocxPackage.W, "rFonts").item(0);
    assertNotNull(fonts, where + " has no rFonts");
    assertEquals("Arial", fonts.getAttributeNS(DocxPackage.W, "ascii"), where);
    assertEquals("Arial", fonts.getAttributeNS(DocxPackage.W, "hAnsi"), where);
    Element lang = (Element) parent.getElementsByTagNameNS(DocxPackage.W, "lang").item(0);
    assertNotNull(lang, where + " has no lang");
    assertEquals("sv-SE", lang.getAttributeNS(DocxPackage.W, "val"), where);
  }

  @Test
  void pageIsA4PortraitWithRoomForHeaderAndFooter() throws Exception {
    Element size = (Element) reference().dom("word/document.xml")
        .getElementsByTagNameNS(DocxPackage.W, "pgSz").item(0);
    assertEquals("11906", size.getAttributeNS(DocxPackage.W, "w"));
    assertEquals("16838", size.getAttributeNS(DocxPackage.W, "h"));
  }

  @Test
  void listStylesUseBulletAndDecimalNumbering() throws Exception {
    ReferenceDoc ref = ReferenceDoc.read(Files.readAllBytes(REFERENS));
    assertEquals(1L, ref.bulletNumId());
    assertEquals(2L, ref.decimalAbstractNumId());
    String numbering = XmlNormal.pretty(reference().dom("word/numbering.xml"), java.util.Map.of());
    assertTrue(numbering.contains("<w:numFmt w:val=\"bullet\"/>"));
    assertTrue(numbering.contains("<w:numFmt w:val=\"decimal\"/>"));
  }
}
