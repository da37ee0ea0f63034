package se.paragraf.render.docx;

import jakarta.xml.bind.JAXBElement;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.namespace.QName;
import org.docx4j.openpackaging.parts.relationships.Namespaces;
import org.docx4j.wml.SectPr;
import se.paragraf.render.RenderException;

/**
 * The reference document (templates/referens.docx), read once: its zip entries, which every render
 * copies unchanged (styles, settings, numbering, theme, fonts …); its page setup; its relationships
 * and content types without the old headers and footers; and what the renderer needs to know about
 * its styles and numbering. A render writes a new document.xml beside the copied parts instead of
 * loading and saving the whole package through docx4j, which cost 4× the time (see DocxRenderer).
 * The parts are read as plain XML, not through JAXB: docx4j's JAXBContext alone costs ~0.6 s of
 * a cold command-line run.
 *
 * @param sectPr the page setup (w:sectPr), without header and footer references and titlePg
 * @param numbering the numbering part's root, or null when the reference has none
 * @param maxNumId the highest w:num id of the numbering part (0 when there is none)
 * @param bulletNumId the w:num of style Punktlista, or null when the style has no numbering
 * @param decimalAbstractNumId the abstract numbering behind style Numreradlista, or null
 */
record ReferenceDoc(Map<String, byte[]> entries, Opc.ContentTypes contentTypes,
    List<Opc.Rel> rels, XmlTree sectPr, String numberingEntry, XmlTree numbering, long maxNumId,
    Set<String> styleIds, Long bulletNumId, Long decimalAbstractNumId) {

  static final String NAME = "referens.docx";
  static final String DOCUMENT = "word/document.xml";
  static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

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
      List<XmlTree> styles = XmlTree.of(XmlTree.parse(entries.get(stylesEntry))).elements()
          .stream().filter(e -> isW(e, "style")).toList();
      Set<String> ids = styles.stream().map(s -> attr(s, "styleId")).filter(Objects::nonNull)
          .collect(Collectors.toSet());
      XmlTree numbering = numberingEntry == null || !entries.containsKey(numberingEntry) ? null
          : XmlTree.of(XmlTree.parse(entries.get(numberingEntry)));
      Map<Long, Long> nums = numbering == null ? Map.of() : nums(numbering);
      Long bullet = numbering == null ? null : numId(styles, Stil.PUNKTLISTA);
      Long decimalNum = numbering == null ? null : numId(styles, Stil.NUMRERAD_LISTA);
      return new ReferenceDoc(Collections.unmodifiableMap(entries), ct, List.copyOf(rels),
          sectPr(entries.get(DOCUMENT)), numberingEntry, numbering,
          nums.keySet().stream().mapToLong(Long::longValue).max().orElse(0), Set.copyOf(ids),
          bullet, decimalNum == null ? null : nums.get(decimalNum));
    } catch (Exception e) {
      throw new RenderException("kunde inte läsa referensdokumentet " + NAME + ": "
          + e.getMessage(), e);
    }
  }

  /** The body's page setup, or A4 when it has none; without headers, footers and titlePg. */
  private static XmlTree sectPr(byte[] document) throws Exception {
    XmlTree body = child(XmlTree.of(XmlTree.parse(document)), "body");
    XmlTree sect = body == null ? null : child(body, "sectPr");
    if (sect == null) {
      sect = XmlTree.of(XmlTree.parse(new XmlOut().part(
          new JAXBElement<>(new QName(W, "sectPr"), SectPr.class, ReferenceDocGenerator.a4()))));
    }
    return sect.without(e -> isW(e, "headerReference") || isW(e, "footerReference")
        || isW(e, "titlePg"));
  }

  /** The contract styles this reference lacks (a board may have deleted one in Word). */
  List<String> missingStyles() {
    return Stil.ALLA.stream().filter(id -> !styleIds.contains(id)).toList();
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

  /** The w:num of a paragraph style (pPr/numPr/numId), or null. */
  private static Long numId(List<XmlTree> styles, String styleId) {
    return styles.stream().filter(s -> styleId.equals(attr(s, "styleId")))
        .map(s -> child(child(child(s, "pPr"), "numPr"), "numId"))
        .filter(Objects::nonNull).map(n -> parseLong(attr(n, "val")))
        .filter(Objects::nonNull).findFirst().orElse(null);
  }

  /** Each w:num id to its abstract numbering id. */
  private static Map<Long, Long> nums(XmlTree numbering) {
    Map<Long, Long> out = new java.util.HashMap<>();
    for (XmlTree n : numbering.elements()) {
      Long id = isW(n, "num") ? parseLong(attr(n, "numId")) : null;
      if (id != null) {
        XmlTree abs = child(n, "abstractNumId");
        out.put(id, abs == null ? null : parseLong(attr(abs, "val")));
      }
    }
    return out;
  }

  private static boolean isW(XmlTree e, String local) {
    return e.ns().equals(W) && e.local().equals(local);
  }

  /** The first w:{@code local} child of {@code e}, or null (also when e is null). */
  private static XmlTree child(XmlTree e, String local) {
    return e == null ? null
        : e.elements().stream().filter(c -> isW(c, local)).findFirst().orElse(null);
  }

  private static String attr(XmlTree e, String local) {
    return e.attributes().stream().filter(a -> a.ns().equals(W) && a.local().equals(local))
        .map(XmlTree.Attribute::value).findFirst().orElse(null);
  }

  private static Long parseLong(String s) {
    try {
      return s == null ? null : Long.valueOf(s.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
