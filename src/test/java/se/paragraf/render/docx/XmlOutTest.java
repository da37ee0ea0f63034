package se.paragraf.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.Marshaller;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Map;
import java.util.function.BiConsumer;
import javax.xml.namespace.QName;
import javax.xml.parsers.DocumentBuilderFactory;
import org.docx4j.XmlUtils;
import org.docx4j.jaxb.Context;
import org.docx4j.jaxb.NamespacePrefixMapperUtils;
import org.docx4j.wml.Body;
import org.docx4j.wml.Numbering;
import org.docx4j.wml.SectPr;
import org.junit.jupiter.api.Test;
import se.paragraf.fixtures.Fixtures;
import se.paragraf.model.Document;
import se.paragraf.render.Templates;

/**
 * XmlOut against JAXB itself: every part the renderer writes, from the same docx4j objects, must
 * be the same XML (normalised) as docx4j's JAXB marshaller writes, so dropping the JAXBContext
 * changes no output.
 */
class XmlOutTest {
  private static final String W = ReferenceDoc.W;

  private static ReferenceDoc reference() throws Exception {
    return ReferenceDoc.read(Templates.bundled().read(ReferenceDoc.NAME));
  }

  /** The writer's objects for {@code doc}: body, headers, footers and list numbering. */
  private static DocxContext written(Document doc, SectPr sect,
      BiConsumer<DocxContext, SectPr> writer) throws Exception {
    DocxContext ctx = new DocxContext(reference());
    writer.accept(ctx, sect);
    return ctx;
  }

  private static void sameParts(Document doc, BiConsumer<DocxContext, SectPr> writer)
      throws Exception {
    SectPr sect = Wml.F.createSectPr();
    DocxContext ctx = written(doc, sect, writer);
    Body body = Wml.F.createBody();
    body.getContent().addAll(ctx.body);
    org.docx4j.wml.Document d = Wml.F.createDocument();
    d.setBody(body);
    assertSame(jaxb(d), new XmlOut().part(d), "document.xml");
    assertFalse(ctx.parts.isEmpty());
    for (Map.Entry<String, Object> p : ctx.parts.entrySet()) {
      assertSame(jaxb(p.getValue()), new XmlOut().part(p.getValue()), p.getKey());
    }
    JAXBElement<SectPr> jsect = new JAXBElement<>(new QName(W, "sectPr"), SectPr.class, sect);
    assertSame(jaxb(jsect), new XmlOut().part(jsect), "sectPr");
  }

  @Test
  void protokollPartsAreWhatJaxbWrites() throws Exception {
    Document doc = Document.of(Fixtures.organ(), Fixtures.protokoll(), Fixtures.anslag());
    sameParts(doc, (ctx, sect) -> DokumentWriter.protokoll(ctx, doc, sect));
  }

  @Test
  void kallelsePartsAreWhatJaxbWrites() throws Exception {
    Document doc = Document.of(Fixtures.organ(), Fixtures.kallelse(), null);
    sameParts(doc, (ctx, sect) -> DokumentWriter.kallelse(ctx, doc, sect));
  }

  @Test
  void bodyTextOfEveryKindIsWhatJaxbWrites() throws Exception {
    Document doc = BodyFixture.document();
    sameParts(doc, (ctx, sect) -> DokumentWriter.protokoll(ctx, doc, sect));
  }

  @Test
  void numberingWithNewListsIsWhatJaxbWritesAfterReadingTheReference() throws Exception {
    ReferenceDoc ref = reference();
    Document doc = BodyFixture.document();
    DocxContext ctx = written(doc, Wml.F.createSectPr(),
        (c, sect) -> DokumentWriter.protokoll(c, doc, sect));
    assertEquals(2, ctx.numbers.size(), "the fixture has two ordered lists");
    Numbering numbering = (Numbering) XmlUtils.unmarshal(
        new ByteArrayInputStream(ref.entries().get(ref.numberingEntry())));
    numbering.getNum().addAll(ctx.numbers);
    assertSame(jaxb(numbering),
        new XmlOut().part(ref.numbering(), ctx.numbers, "numIdMacAtCleanup"),
        "numbering.xml");
  }

  @Test
  void sectionOverlayIsTheReferencePageSetupWithTheWritersHeaders() throws Exception {
    ReferenceDoc ref = reference();
    Document doc = Document.of(Fixtures.organ(), Fixtures.protokoll(), Fixtures.anslag());
    SectPr sect = Wml.F.createSectPr();
    written(doc, sect, (ctx, s) -> DokumentWriter.protokoll(ctx, doc, s));
    // the JAXB way: the reference's sectPr, its headers replaced by the writer's
    org.docx4j.wml.Document refDoc = (org.docx4j.wml.Document) XmlUtils.unmarshal(
        new ByteArrayInputStream(ref.entries().get(ReferenceDoc.DOCUMENT)));
    SectPr expected = refDoc.getBody().getSectPr();
    expected.getEGHdrFtrReferences().clear();
    expected.getEGHdrFtrReferences().addAll(sect.getEGHdrFtrReferences());
    expected.setTitlePg(sect.getTitlePg());
    QName name = new QName(W, "sectPr");
    byte[] overlaid = new XmlOut().overlay(sect, ref.sectPr())
        .part(new JAXBElement<>(name, SectPr.class, sect));
    assertSame(jaxb(new JAXBElement<>(name, SectPr.class, expected)), overlaid, "sectPr");
    String xml = new String(overlaid, java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(xml.contains("w:pgSz") && xml.contains("w:titlePg") && xml.contains("w:headerReference"),
        xml);
  }

  @Test
  void escapesMarkupInTextAndAttributes() throws Exception {
    var p = Wml.p("a\"b<c>&", Wml.r(" <script>&amp;\" "));
    assertSame(jaxb(p), new XmlOut().part(p), "escaping");
    assertEquals("x &lt;&amp;&gt; \"", XmlMarkup.escape("x <&> \"", false));
    assertEquals("&quot;&amp;", XmlMarkup.escape("\"&", true));
  }

  @Test
  void anObjectThatNamesNoElementIsRefused() {
    assertThrows(IllegalStateException.class, () -> new XmlOut().part(Tabeller.width(100)));
  }

  /** docx4j's own marshalling, as PackageWriter did before XmlOut. */
  private static byte[] jaxb(Object o) throws Exception {
    Marshaller m = Context.jc.createMarshaller();
    NamespacePrefixMapperUtils.setProperty(m, NamespacePrefixMapperUtils.getPrefixMapper());
    m.setProperty(Marshaller.JAXB_ENCODING, "UTF-8");
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    m.marshal(o, b);
    return b.toByteArray();
  }

  private static void assertSame(byte[] expected, byte[] actual, String what) throws Exception {
    assertEquals(XmlNormal.pretty(dom(expected), Map.of()), XmlNormal.pretty(dom(actual), Map.of()),
        what);
  }

  private static org.w3c.dom.Document dom(byte[] xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
  }
}
