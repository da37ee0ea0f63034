package se.paragraf.render.html;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * A rendered page parsed with the JDK's XML parser: the renderer emits XHTML-compatible HTML5, so
 * a parse failure is itself a finding. Queries are XPath.
 */
final class Xhtml {
  final String html;
  final Document dom;

  private Xhtml(String html, Document dom) {
    this.html = html;
    this.dom = dom;
  }

  static Xhtml parse(String html) {
    assertTrue(html.startsWith("<!DOCTYPE html>\n"), "the page starts with the HTML5 doctype");
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      f.setExpandEntityReferences(false);
      Document d = f.newDocumentBuilder().parse(new InputSource(new StringReader(html)));
      return new Xhtml(html, d);
    } catch (Exception e) {
      throw new AssertionError("the page is not well-formed: " + e.getMessage(), e);
    }
  }

  List<Element> all(String xpath) {
    try {
      NodeList nl = (NodeList) XPathFactory.newInstance().newXPath()
          .evaluate(xpath, dom, XPathConstants.NODESET);
      List<Element> out = new ArrayList<>();
      for (int i = 0; i < nl.getLength(); i++) {
        out.add((Element) nl.item(i));
      }
      return out;
    } catch (Exception e) {
      throw new AssertionError("bad xpath " + xpath, e);
    }
  }

  Element one(String xpath) {
    List<Element> l = all(xpath);
    if (l.size() != 1) {
      throw new AssertionError("expected one match for " + xpath + ", found " + l.size());
    }
    return l.get(0);
  }

  /** The text of the element as read aloud: a line break counts as a space, whitespace collapsed. */
  static String text(Node n) {
    StringBuilder sb = new StringBuilder();
    collect(n, sb);
    return sb.toString().replaceAll("\\s+", " ").strip();
  }

  private static void collect(Node n, StringBuilder sb) {
    if (n.getNodeType() == Node.TEXT_NODE) {
      sb.append(n.getNodeValue());
    } else if ("br".equals(n.getNodeName())) {
      sb.append(' ');
    }
    for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
      collect(c, sb);
    }
  }

  String text(String xpath) {
    return text(one(xpath));
  }

  List<String> texts(String xpath) {
    return all(xpath).stream().map(Xhtml::text).toList();
  }

  /** The value of the dd after the dt labelled {@code label} (dt and dd grouped in a div). */
  String dd(String label) {
    return text("//dl/div[dt='" + label + "']/dd");
  }
}
