package se.paragraf.render.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes the DOCX zip: the reference's parts as they are, plus the new document, headers,
 * footers, numbering, relationships, content types and core properties. The XML parts are
 * written by {@link XmlOut}, not JAXB (no JAXBContext: a cold run is ~0.6 s shorter).
 */
final class PackageWriter {
  private static final String CORE = "docProps/core.xml";

  private PackageWriter() {}

  /** The package; the document's sectPr is completed from the reference's page setup. */
  static byte[] write(DocxContext ctx, org.docx4j.wml.Document document, String title)
      throws IOException {
    ReferenceDoc ref = ctx.ref;
    Map<String, byte[]> out = new LinkedHashMap<>(ref.entries());
    Opc.ContentTypes ct = ref.contentTypes().copy();
    out.put(ReferenceDoc.DOCUMENT,
        new XmlOut().overlay(document.getBody().getSectPr(), ref.sectPr()).part(document));
    for (Map.Entry<String, Object> p : ctx.parts.entrySet()) {
      out.put(p.getKey(), new XmlOut().part(p.getValue()));
      ct.overrides().put("/" + p.getKey(), ctx.partTypes.get(p.getKey()));
    }
    if (!ctx.numbers.isEmpty()) {
      out.put(ref.numberingEntry(),
          new XmlOut().part(ref.numbering(), ctx.numbers, "numIdMacAtCleanup"));
    }
    if (out.containsKey(CORE)) {
      out.put(CORE, core(title).getBytes(StandardCharsets.UTF_8));
    }
    List<Opc.Rel> rels = new ArrayList<>(ref.rels());
    rels.addAll(ctx.rels);
    out.put(Opc.DOCUMENT_RELS, Opc.rels(rels).getBytes(StandardCharsets.UTF_8));
    out.remove(Opc.CONTENT_TYPES);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(32 * 1024);
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      // fast compression: document.xml is ~95 % markup, level 1 still shrinks it ~15×
      zip.setLevel(Deflater.BEST_SPEED);
      entry(zip, Opc.CONTENT_TYPES, Opc.contentTypes(ct).getBytes(StandardCharsets.UTF_8));
      for (Map.Entry<String, byte[]> e : out.entrySet()) {
        entry(zip, e.getKey(), e.getValue());
      }
    }
    return bytes.toByteArray();
  }

  private static void entry(ZipOutputStream zip, String name, byte[] data) throws IOException {
    ZipEntry e = new ZipEntry(name);
    e.setTimeLocal(java.time.LocalDateTime.of(2000, 1, 1, 0, 0)); // same input, same bytes
    zip.putNextEntry(e);
    zip.write(data);
    zip.closeEntry();
  }

  /** Title and language, for screen readers and PDF export; the creator is Paragraf. */
  static String core(String title) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/"
        + "metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
        + "xmlns:dcterms=\"http://purl.org/dc/terms/\">"
        + "<dc:title>" + Opc.attr(title) + "</dc:title><dc:language>sv-SE</dc:language>"
        + "<dc:creator>Paragraf</dc:creator></cp:coreProperties>";
  }
}
