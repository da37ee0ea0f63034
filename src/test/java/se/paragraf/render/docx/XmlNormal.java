package se.paragraf.render.docx;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Pretty-prints a part's XML for golden comparison, without what changes between runs or tools:
 * rsid* and w14 paragraph ids are dropped, relationship ids are replaced by their targets
 * ("rel:header1.xml"), unused namespace declarations are dropped, attributes are sorted.
 */
final class XmlNormal {
  private static final String XMLNS = "http://www.w3.org/2000/xmlns/";
  private final Map<String, String> rels;
  private final StringBuilder sb = new StringBuilder();

  private XmlNormal(Map<String, String> rels) {
    this.rels = rels;
  }

  static String pretty(Document dom, Map<String, String> rels) {
    XmlNormal x = new XmlNormal(rels);
    Set<String> used = new HashSet<>();
    usedNamespaces(dom.getDocumentElement(), used);
    x.element(dom.getDocumentElement(), 0, used);
    return x.sb.toString();
  }

  private static void usedNamespaces(Element e, Set<String> used) {
    used.add(e.getNamespaceURI());
    NamedNodeMap attrs = e.getAttributes();
    for (int i = 0; i < attrs.getLength(); i++) {
      Attr a = (Attr) attrs.item(i);
      if (!XMLNS.equals(a.getNamespaceURI()) && a.getNamespaceURI() != null) {
        used.add(a.getNamespaceURI());
      }
    }
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element c) {
        usedNamespaces(c, used);
      }
    }
  }

  private static boolean volatileAttr(Attr a) {
    String local = a.getLocalName() == null ? a.getName() : a.getLocalName();
    return local.startsWith("rsid") || local.equals("paraId") || local.equals("textId");
  }

  private void element(Element e, int depth, Set<String> used) {
    String pad = "  ".repeat(depth);
    sb.append(pad).append('<').append(e.getTagName());
    List<String> attrs = new ArrayList<>();
    NamedNodeMap map = e.getAttributes();
    for (int i = 0; i < map.getLength(); i++) {
      Attr a = (Attr) map.item(i);
      if (XMLNS.equals(a.getNamespaceURI()) && !used.contains(a.getValue())) {
        continue;
      }
      if (volatileAttr(a)) {
        continue;
      }
      String value = a.getValue();
      if (DocxPackage.R.equals(a.getNamespaceURI()) && rels.containsKey(value)) {
        value = "rel:" + rels.get(value);
      }
      attrs.add(a.getName() + "=\"" + escape(value, true) + "\"");
    }
    attrs.sort(null);
    for (String a : attrs) {
      sb.append(' ').append(a);
    }
    List<Node> kids = new ArrayList<>();
    boolean elements = false;
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element) {
        elements = true;
        kids.add(n);
      } else if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
        kids.add(n);
      }
    }
    if (kids.isEmpty()) {
      sb.append("/>\n");
    } else if (!elements) {
      sb.append('>').append(escape(e.getTextContent(), false)).append("</").append(e.getTagName())
          .append(">\n");
    } else {
      sb.append(">\n");
      for (Node n : kids) {
        if (n instanceof Element c) {
          element(c, depth + 1, used);
        } else if (!n.getTextContent().isBlank()) {
          sb.append(pad).append("  ").append(escape(n.getTextContent(), false)).append('\n');
        }
      }
      sb.append(pad).append("</").append(e.getTagName()).append(">\n");
    }
  }

  private static String escape(String s, boolean attr) {
    String out = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    return attr ? out.replace("\"", "&quot;") : out;
  }
}
