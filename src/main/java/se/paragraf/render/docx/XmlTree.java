package se.paragraf.render.docx;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * An immutable copy of an XML element from the reference document (its page setup, its numbering),
 * safe to share between threads (DOM is not), written again by {@link XmlOut} with the output's
 * namespace prefixes.
 *
 * @param children {@link XmlTree} elements and {@link String} text, in document order
 */
record XmlTree(String ns, String local, List<Attribute> attributes, List<Object> children) {
  static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

  /**
   * One attribute; {@code prefixes} marks a list of namespace prefixes (mc:Ignorable), whose
   * {@code value} then holds the namespace URIs, space-separated, to be written with the
   * output's prefixes.
   */
  record Attribute(String ns, String local, String value, boolean prefixes) {}

  static Element parse(byte[] xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml)).getDocumentElement();
  }

  static XmlTree of(Element e) {
    List<Attribute> attrs = new ArrayList<>();
    NamedNodeMap map = e.getAttributes();
    for (int i = 0; i < map.getLength(); i++) {
      Attr a = (Attr) map.item(i);
      String ns = a.getNamespaceURI() == null ? "" : a.getNamespaceURI();
      if (ns.equals(XMLConstants.XMLNS_ATTRIBUTE_NS_URI)) {
        continue; // declarations are the writer's business
      }
      String local = a.getLocalName() == null ? a.getName() : a.getLocalName();
      if (ns.equals(MC) && local.equals("Ignorable")) {
        attrs.add(new Attribute(ns, local, uris(e, a.getValue()), true));
      } else {
        attrs.add(new Attribute(ns, local, a.getValue(), false));
      }
    }
    List<Object> children = new ArrayList<>();
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element c) {
        children.add(of(c));
      } else if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
        children.add(n.getNodeValue());
      }
    }
    return new XmlTree(e.getNamespaceURI() == null ? "" : e.getNamespaceURI(), e.getLocalName(),
        List.copyOf(attrs), List.copyOf(children));
  }

  /** The URIs of a space-separated prefix list; an undeclared prefix is dropped. */
  private static String uris(Element e, String prefixes) {
    List<String> out = new ArrayList<>();
    for (String p : prefixes.trim().split("\\s+")) {
      String uri = p.isEmpty() ? null : e.lookupNamespaceURI(p);
      if (uri != null) {
        out.add(uri);
      }
    }
    return String.join(" ", out);
  }

  /** The child elements, without text. */
  List<XmlTree> elements() {
    List<XmlTree> out = new ArrayList<>();
    for (Object c : children) {
      if (c instanceof XmlTree t) {
        out.add(t);
      }
    }
    return out;
  }

  /** A copy without the child elements for which {@code drop} holds. */
  XmlTree without(java.util.function.Predicate<XmlTree> drop) {
    return new XmlTree(ns, local, attributes, children.stream()
        .filter(c -> !(c instanceof XmlTree t && drop.test(t))).toList());
  }
}
