package se.paragraf.render.docx;

import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
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
import org.docx4j.jaxb.Context;
import org.docx4j.jaxb.NamespacePrefixMapperUtils;

/**
 * Writes the DOCX zip: the reference's parts as they are, plus the new document, headers,
 * footers, numbering, relationships, content types and core properties.
 */
final class PackageWriter {
  private static final String CORE = "docProps/core.xml";

  private PackageWriter() {}

  static byte[] write(DocxContext ctx, org.docx4j.wml.Document document, String title)
      throws JAXBException, IOException {
    ReferenceDoc ref = ctx.ref;
    Map<String, byte[]> out = new LinkedHashMap<>(ref.entries());
    Opc.ContentTypes ct = ref.contentTypes().copy();
    Marshaller m = marshaller();
    out.put(ReferenceDoc.DOCUMENT, marshal(m, document));
    for (Map.Entry<String, Object> p : ctx.parts.entrySet()) {
      out.put(p.getKey(), marshal(m, p.getValue()));
      ct.overrides().put("/" + p.getKey(), ctx.partTypes.get(p.getKey()));
    }
    if (ctx.numbering != null) {
      out.put(ref.numberingEntry(), marshal(m, ctx.numbering));
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

  private static Marshaller marshaller() throws JAXBException {
    Marshaller m = Context.jc.createMarshaller();
    NamespacePrefixMapperUtils.setProperty(m, NamespacePrefixMapperUtils.getPrefixMapper());
    m.setProperty(Marshaller.JAXB_ENCODING, "UTF-8");
    return m;
  }

  private static byte[] marshal(Marshaller m, Object jaxb) throws JAXBException {
    ByteArrayOutputStream b = new ByteArrayOutputStream(16 * 1024);
    m.marshal(jaxb, b);
    return b.toByteArray();
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
