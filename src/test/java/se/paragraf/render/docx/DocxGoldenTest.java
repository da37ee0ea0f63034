package se.paragraf.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.paragraf.fixtures.Fixtures;
import se.paragraf.model.Document;
import se.paragraf.render.Templates;

/**
 * Golden tests: each document as a readable text dump and as normalised XML of its document,
 * header, footer (and numbering) parts; never as bytes. Every DOCX is re-read with docx4j first.
 */
class DocxGoldenTest {
  private static final DocxRenderer RENDERER = new DocxRenderer(Templates.bundled());
  private static final Set<String> HEADERS = Set.of("header-first", "header-default");
  private static final Set<String> PROTOKOLL_PARTS =
      Set.of("header-first", "header-default", "footer-first", "footer-default");

  @Test
  void kallelse() throws Exception {
    golden("kallelse", Document.of(Fixtures.organ(), Fixtures.kallelse(), null),
        HEADERS);
  }

  @Test
  void protokollWithAnslag() throws Exception {
    golden("protokoll", Document.of(Fixtures.organ(), Fixtures.protokoll(), Fixtures.anslag()),
        PROTOKOLL_PARTS);
  }

  @Test
  void utdragOfTwoParagrafer() throws Exception {
    golden("utdrag", Document.utdrag(Fixtures.organ(), Fixtures.protokoll(), List.of(583, 585),
        Fixtures.anslag()), HEADERS);
  }

  @Test
  void bodyTextOfEveryKind() throws Exception {
    // its headers and footers are the protokoll's, compared there
    DocxPackage pkg = golden("brodtext", BodyFixture.document(), PROTOKOLL_PARTS, false);
    Golden.check("brodtext.numbering.xml",
        XmlNormal.pretty(pkg.dom("word/numbering.xml"), pkg.rels));
  }

  @Test
  void stylesOfTheReference() throws Exception {
    byte[] docx = RENDERER.render(
        Document.of(Fixtures.organ(), Fixtures.protokoll(), Fixtures.anslag()));
    DocxPackage pkg = DocxPackage.checked(docx);
    Golden.check("styles.xml", XmlNormal.pretty(pkg.dom("word/styles.xml"), pkg.rels));
  }

  /** Renders, re-reads with docx4j, and compares text and XML; returns the package. */
  private static DocxPackage golden(String name, Document doc, Set<String> parts)
      throws Exception {
    return golden(name, doc, parts, true);
  }

  private static DocxPackage golden(String name, Document doc, Set<String> parts,
      boolean headers) throws Exception {
    byte[] docx = RENDERER.render(doc);
    var reread = DocxPackage.docx4j(docx);
    assertFalse(reread.getMainDocumentPart().getContent().isEmpty(), "docx4j re-read no body");
    DocxPackage pkg = new DocxPackage(docx);
    assertEquals(parts, pkg.hdrFtr.keySet(), "header and footer parts");
    Golden.check(name + ".txt", DocxText.dump(pkg));
    Golden.check(name + ".document.xml", XmlNormal.pretty(pkg.dom("word/document.xml"), pkg.rels));
    for (Map.Entry<String, String> e : headers ? pkg.hdrFtr.entrySet()
        : Map.<String, String>of().entrySet()) {
      Golden.check(name + "." + e.getKey() + ".xml", XmlNormal.pretty(pkg.dom(e.getValue()),
          pkg.rels));
    }
    return pkg;
  }
}
