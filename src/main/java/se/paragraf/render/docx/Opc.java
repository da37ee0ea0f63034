package se.paragraf.render.docx;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The package-level XML the renderer rewrites: content types and relationships. */
final class Opc {
  static final String CONTENT_TYPES = "[Content_Types].xml";
  static final String DOCUMENT_RELS = "word/_rels/document.xml.rels";
  private static final String CT_NS =
      "http://schemas.openxmlformats.org/package/2006/content-types";
  private static final String REL_NS =
      "http://schemas.openxmlformats.org/package/2006/relationships";

  private Opc() {}

  /** One relationship of word/document.xml; {@code target} is relative to word/ or a URL. */
  record Rel(String id, String type, String target, boolean external) {}

  /** Default (by extension) and Override (by part name) content types. */
  record ContentTypes(Map<String, String> defaults, Map<String, String> overrides) {
    ContentTypes copy() {
      return new ContentTypes(new LinkedHashMap<>(defaults), new LinkedHashMap<>(overrides));
    }
  }

  static ContentTypes parseContentTypes(byte[] xml) throws Exception {
    Map<String, String> defaults = new LinkedHashMap<>();
    Map<String, String> overrides = new LinkedHashMap<>();
    Element dom = XmlTree.parse(xml);
    NodeList d = dom.getElementsByTagNameNS(CT_NS, "Default");
    for (int i = 0; i < d.getLength(); i++) {
      Element e = (Element) d.item(i);
      defaults.put(e.getAttribute("Extension"), e.getAttribute("ContentType"));
    }
    NodeList o = dom.getElementsByTagNameNS(CT_NS, "Override");
    for (int i = 0; i < o.getLength(); i++) {
      Element e = (Element) o.item(i);
      overrides.put(e.getAttribute("PartName"), e.getAttribute("ContentType"));
    }
    return new ContentTypes(defaults, overrides);
  }

  static List<Rel> parseRels(byte[] xml) throws Exception {
    List<Rel> rels = new ArrayList<>();
    NodeList n = XmlTree.parse(xml).getElementsByTagNameNS(REL_NS, "Relationship");
    for (int i = 0; i < n.getLength(); i++) {
      Element e = (Element) n.item(i);
      rels.add(new Rel(e.getAttribute("Id"), e.getAttribute("Type"), e.getAttribute("Target"),
          "External".equals(e.getAttribute("TargetMode"))));
    }
    return rels;
  }

  static String contentTypes(ContentTypes ct) {
    StringBuilder sb = new StringBuilder(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Types xmlns=\"")
        .append(CT_NS).append("\">");
    ct.defaults().forEach((ext, type) -> sb.append("<Default Extension=\"").append(attr(ext))
        .append("\" ContentType=\"").append(attr(type)).append("\"/>"));
    ct.overrides().forEach((part, type) -> sb.append("<Override PartName=\"").append(attr(part))
        .append("\" ContentType=\"").append(attr(type)).append("\"/>"));
    return sb.append("</Types>").toString();
  }

  static String rels(List<Rel> rels) {
    StringBuilder sb = new StringBuilder(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"")
        .append(REL_NS).append("\">");
    for (Rel r : rels) {
      sb.append("<Relationship Id=\"").append(attr(r.id())).append("\" Type=\"")
          .append(attr(r.type())).append("\" Target=\"").append(attr(r.target())).append('"');
      if (r.external()) {
        sb.append(" TargetMode=\"External\"");
      }
      sb.append("/>");
    }
    return sb.append("</Relationships>").toString();
  }

  /** Escapes text for an XML attribute value in double quotes. */
  static String attr(String s) {
    return XmlMarkup.escape(s, true);
  }
}
