package se.paragraf.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.wml.HpsMeasure;
import org.docx4j.wml.Style;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.paragraf.fixtures.Fixtures;
import se.paragraf.model.Document;
import se.paragraf.render.RenderException;
import se.paragraf.render.Templates;

/** The reference document: generated, committed, and editable by a board without code changes. */
class ReferenceDocTest {
  private static final Path REFERENS = Path.of("templates/referens.docx");

  @Test
  void committedReferenceIsWhatTheGeneratorWrites() throws Exception {
    DocxPackage committed = new DocxPackage(Files.readAllBytes(REFERENS));
    DocxPackage generated = new DocxPackage(ReferenceDocGenerator.generate());
    for (String part : List.of("word/styles.xml", "word/numbering.xml", "word/settings.xml",
        "word/document.xml")) {
      assertEquals(XmlNormal.pretty(generated.dom(part), Map.of()),
          XmlNormal.pretty(committed.dom(part), Map.of()),
          part + " differs: run ReferenceDocGenerator and commit templates/referens.docx");
    }
  }

  /** The reference with Brodtext at {@code halfPoints}, or without style {@code drop}. */
  private static byte[] edited(int halfPoints, String drop) throws Exception {
    WordprocessingMLPackage pkg = WordprocessingMLPackage.load(REFERENS.toFile());
    List<Style> styles = pkg.getMainDocumentPart().getStyleDefinitionsPart().getContents()
        .getStyle();
    styles.removeIf(s -> s.getStyleId().equals(drop));
    for (Style s : styles) {
      if (s.getStyleId().equals(Stil.BRODTEXT)) {
        HpsMeasure sz = new HpsMeasure();
        sz.setVal(BigInteger.valueOf(halfPoints));
        s.getRPr().setSz(sz);
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    pkg.save(out);
    return out.toByteArray();
  }

  private static String brodtextSize(byte[] docx) throws Exception {
    String styles = XmlNormal.pretty(DocxPackage.checked(docx).dom("word/styles.xml"), Map.of());
    String brodtext = styles.substring(styles.indexOf("w:styleId=\"Brodtext\""));
    brodtext = brodtext.substring(0, brodtext.indexOf("</w:style>"));
    int at = brodtext.indexOf("<w:sz w:val=\"");
    if (at < 0) {
      return "inherited";
    }
    return brodtext.substring(at + 13, brodtext.indexOf('"', at + 13));
  }

  @Test
  void aBoardsEditedReferenceRestylesTheOutputAndIsReReadWhenChanged(@TempDir Path dir)
      throws Exception {
    Path ref = dir.resolve("referens.docx");
    Files.write(ref, edited(28, null));
    DocxRenderer r = new DocxRenderer(Templates.folder(dir));
    Document doc = Document.of(Fixtures.organ(), Fixtures.protokoll(), Fixtures.anslag());
    assertEquals("28", brodtextSize(r.render(doc)));
    Files.write(ref, edited(32, null));
    Files.setLastModifiedTime(ref, FileTime.fromMillis(System.currentTimeMillis() + 5_000));
    assertEquals("32", brodtextSize(r.render(doc)), "the changed file is read again");
    assertEquals("inherited", brodtextSize(new DocxRenderer(Templates.bundled()).render(doc)),
        "the bundled reference is untouched");
  }

  @Test
  void aReferenceLackingAContractStyleIsRefusedInSwedish(@TempDir Path dir) throws Exception {
    Files.write(dir.resolve("referens.docx"), edited(22, Stil.DNR));
    DocxRenderer r = new DocxRenderer(Templates.folder(dir));
    RenderException e = assertThrows(RenderException.class, () -> r.render(
        Document.of(Fixtures.organ(), Fixtures.kallelse(), null)));
    assertEquals("referensdokumentet referens.docx saknar formatmallarna Dnr", e.getMessage());
  }

  @Test
  void aBrokenReferenceIsASwedishError(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("referens.docx"), "inte en docx");
    DocxRenderer r = new DocxRenderer(Templates.folder(dir));
    RenderException e = assertThrows(RenderException.class, () -> r.render(
        Document.of(Fixtures.organ(), Fixtures.kallelse(), null)));
    assertTrue(e.getMessage().startsWith("kunde inte läsa referensdokumentet referens.docx"),
        e.getMessage());
  }
}
