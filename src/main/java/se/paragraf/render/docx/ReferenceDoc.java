package se.paragraf.render.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.docx4j.XmlUtils;
import org.docx4j.openpackaging.parts.relationships.Namespaces;
import org.docx4j.wml.Numbering;
import org.docx4j.wml.SectPr;
import org.docx4j.wml.Style;
import org.docx4j.wml.Styles;
import se.paragraf.render.RenderException;

/**
 * The reference document (templates/referens.docx), read once: its zip entries, which every render
 * copies unchanged (styles, settings, numbering, theme, fonts …); its page setup; its relationships
 * and content types without the old headers and footers; and what the renderer needs to know about
 * its styles. A render writes a new document.xml beside the copied parts instead of loading and
 * saving the whole package through docx4j, which cost 4× the time (see DocxRenderer).
 *
 * @param bulletNumId the w:num of style Punktlista, or null when the style has no numbering
 * @param decimalAbstractNumId the abstract numbering behind style Numreradlista, or null
 */
record ReferenceDoc(Map<String, byte[]> entries, Opc.ContentTypes contentTypes,
    List<Opc.Rel> rels, String sectPrXml, String numberingEntry, Set<String> styleIds,
    Long bulletNumId, Long decimalAbstractNumId) {

  static final String NAME = "referens.docx";
  static final String DOCUMENT = "word/document.xml";

  /** The last reference read, with its bytes: renderers and warm-up share one analysis. */
  private static volatile Object[] last;

  static ReferenceDoc read(byte[] bytes) throws RenderException {
    Object[] l = last;
    if (l != null && java.util.Arrays.equals((byte[]) l[0], bytes)) {
      return (ReferenceDoc) l[1];
    }
    ReferenceDoc ref = analyse(bytes);
    last = new Object[] {bytes.clone(), ref};
    return ref;
  }

  private static ReferenceDoc analyse(byte[] bytes) throws RenderException {
    try {
      Map<String, byte[]> entries = unzip(bytes);
      if (!entries.containsKey(DOCUMENT)) {
        throw new IOException("dokumentet saknar " + DOCUMENT);
      }
      Opc.ContentTypes ct = Opc.parseContentTypes(entries.get(Opc.CONTENT_TYPES));
      List<Opc.Rel> rels = new ArrayList<>();
      String stylesEntry = null;
      String numberingEntry = null;
      for (Opc.Rel r : Opc.parseRels(entries.get(Opc.DOCUMENT_RELS))) {
        if (r.type().equals(Namespaces.HEADER) || r.type().equals(Namespaces.FOOTER)) {
          dropPart(entries, ct, entryOf(r.target()));
        } else if (!r.external()) {
          rels.add(r); // links of the sample text go with it
          if (r.type().equals(Namespaces.STYLES)) {
            stylesEntry = entryOf(r.target());
          } else if (r.type().equals(Namespaces.NUMBERING)) {
            numberingEntry = entryOf(r.target());
          }
        }
      }
      if (stylesEntry == null || !entries.containsKey(stylesEntry)) {
        throw new IOException("dokumentet saknar formatmallar (styles.xml)");
      }
      // the parts themselves, not a docx4j package load: cold start is 0.3 s shorter
      List<Style> styles = ((Styles) unmarshal(entries.get(stylesEntry))).getStyle();
      Set<String> ids = styles.stream().map(Style::getStyleId).collect(Collectors.toSet());
      Numbering numbering = numberingEntry == null || !entries.containsKey(numberingEntry) ? null
          : (Numbering) unmarshal(entries.get(numberingEntry));
      Long bullet = numbering == null ? null : numId(styles, Stil.PUNKTLISTA);
      Long decimalNum = numbering == null ? null : numId(styles, Stil.NUMRERAD_LISTA);
      SectPr sect = ((org.docx4j.wml.Document) unmarshal(entries.get(DOCUMENT))).getBody()
          .getSectPr();
      if (sect == null) {
        sect = ReferenceDocGenerator.a4();
      }
      sect.getEGHdrFtrReferences().clear();
      sect.setTitlePg(null);
      return new ReferenceDoc(Collections.unmodifiableMap(entries), ct, List.copyOf(rels),
          XmlUtils.marshaltoString(sect), numberingEntry, Set.copyOf(ids), bullet,
          decimalNum == null ? null : abstractOf(numbering, decimalNum));
    } catch (Exception e) {
      throw new RenderException("kunde inte läsa referensdokumentet " + NAME + ": "
          + e.getMessage(), e);
    }
  }

  /** The page setup for a new document: a fresh copy, without headers and footers. */
  SectPr sectPr() throws jakarta.xml.bind.JAXBException {
    return (SectPr) XmlUtils.unmarshalString(sectPrXml);
  }

  /** A fresh, modifiable copy of the numbering definitions. */
  Numbering numbering() throws jakarta.xml.bind.JAXBException {
    return (Numbering) unmarshal(entries.get(numberingEntry));
  }

  /** The contract styles this reference lacks (a board may have deleted one in Word). */
  List<String> missingStyles() {
    return Stil.ALLA.stream().filter(id -> !styleIds.contains(id)).toList();
  }

  private static Object unmarshal(byte[] xml) throws jakarta.xml.bind.JAXBException {
    return XmlUtils.unwrap(XmlUtils.unmarshal(new ByteArrayInputStream(xml)));
  }

  /** The zip entry of a target relative to word/ (or absolute, as some tools write). */
  private static String entryOf(String target) {
    return target.startsWith("/") ? target.substring(1) : "word/" + target;
  }

  private static void dropPart(Map<String, byte[]> entries, Opc.ContentTypes ct, String entry) {
    entries.remove(entry);
    int slash = entry.lastIndexOf('/');
    entries.remove(entry.substring(0, slash) + "/_rels" + entry.substring(slash) + ".rels");
    ct.overrides().remove("/" + entry);
  }

  private static Map<String, byte[]> unzip(byte[] bytes) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (!e.isDirectory()) {
          entries.put(e.getName(), zip.readAllBytes());
        }
      }
    }
    return entries;
  }

  private static Long numId(List<Style> styles, String styleId) {
    return styles.stream()
        .filter(s -> styleId.equals(s.getStyleId()) && s.getPPr() != null
            && s.getPPr().getNumPr() != null && s.getPPr().getNumPr().getNumId() != null)
        .map(s -> s.getPPr().getNumPr().getNumId().getVal().longValue())
        .findFirst().orElse(null);
  }

  private static Long abstractOf(Numbering numbering, long numId) {
    return numbering.getNum().stream()
        .filter(n -> n.getNumId().equals(BigInteger.valueOf(numId)) && n.getAbstractNumId() != null)
        .map(n -> n.getAbstractNumId().getVal().longValue())
        .findFirst().orElse(null);
  }
}
