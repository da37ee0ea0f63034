package se.paragraf.render.docx;

import static se.paragraf.render.docx.DocxPackage.R;
import static se.paragraf.render.docx.DocxPackage.W;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A readable dump of a DOCX: one paragraph per line as "[StyleId] text {flags}", tables as rows of
 * cells, headers and footers in their own sections. Bold is **…**, italic *…*, links [text](url),
 * tabs ⇥, line breaks ↵, fields {PAGE}.
 */
final class DocxText {
  private final DocxPackage pkg;
  private final StringBuilder sb = new StringBuilder();

  private DocxText(DocxPackage pkg) {
    this.pkg = pkg;
  }

  static String dump(DocxPackage pkg) {
    DocxText t = new DocxText(pkg);
    for (Map.Entry<String, String> e : pkg.hdrFtr.entrySet()) {
      if (e.getKey().startsWith("header")) {
        t.part(e.getKey(), e.getValue());
      }
    }
    t.part("document", "word/document.xml");
    for (Map.Entry<String, String> e : pkg.hdrFtr.entrySet()) {
      if (e.getKey().startsWith("footer")) {
        t.part(e.getKey(), e.getValue());
      }
    }
    return t.sb.toString();
  }

  private void part(String title, String entry) {
    sb.append("== ").append(title).append('\n');
    Element root = pkg.dom(entry).getDocumentElement();
    Element container = "document".equals(title) ? child(root, "body") : root;
    blocks(container, "");
  }

  private void blocks(Element container, String indent) {
    for (Node n = container.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (!(n instanceof Element e) || !W.equals(e.getNamespaceURI())) {
        continue;
      }
      if (e.getLocalName().equals("p")) {
        sb.append(indent).append(paragraph(e)).append('\n');
      } else if (e.getLocalName().equals("tbl")) {
        table(e, indent);
      } else if (e.getLocalName().equals("sectPr")) {
        sb.append(indent).append("<sectPr").append(child(e, "titlePg") != null ? " titlePg" : "")
            .append(">\n");
      }
    }
  }

  private void table(Element tbl, String indent) {
    Element style = child(child(tbl, "tblPr"), "tblStyle");
    List<String> widths = new ArrayList<>();
    for (Element col : children(child(tbl, "tblGrid"), "gridCol")) {
      widths.add(col.getAttributeNS(W, "w"));
    }
    sb.append(indent).append("<table ").append(style == null ? "" : style.getAttributeNS(W, "val"))
        .append(' ').append(String.join("|", widths)).append(">\n");
    for (Element tr : children(tbl, "tr")) {
      Element trPr = child(tr, "trPr");
      sb.append(indent).append(trPr != null && child(trPr, "tblHeader") != null ? "|h|" : "|");
      for (Element tc : children(tr, "tc")) {
        List<String> ps = new ArrayList<>();
        for (Element p : children(tc, "p")) {
          ps.add(paragraph(p));
        }
        sb.append(' ').append(String.join(" / ", ps)).append(" |");
      }
      sb.append('\n');
    }
    sb.append(indent).append("</table>\n");
  }

  private String paragraph(Element p) {
    StringBuilder out = new StringBuilder();
    Element pPr = child(p, "pPr");
    Element pStyle = child(pPr, "pStyle");
    out.append('[').append(pStyle == null ? "" : pStyle.getAttributeNS(W, "val")).append("] ");
    inline(p, out, new boolean[1]);
    List<String> flags = new ArrayList<>();
    for (String f : new String[] {"keepNext", "pageBreakBefore", "jc", "ind"}) {
      Element x = child(pPr, f);
      if (x != null) {
        String v = x.getAttributeNS(W, "val");
        if (f.equals("ind")) {
          flags.add("ind=" + x.getAttributeNS(W, "left"));
        } else {
          flags.add(v.isEmpty() ? f : f + "=" + v);
        }
      }
    }
    Element num = child(pPr, "numPr");
    if (num != null) {
      flags.add("num=" + child(num, "numId").getAttributeNS(W, "val") + " lvl="
          + child(num, "ilvl").getAttributeNS(W, "val"));
    }
    return flags.isEmpty() ? out.toString().stripTrailing()
        : out.toString().stripTrailing() + " {" + String.join(", ", flags) + "}";
  }

  /** Runs, hyperlinks and complex fields; {@code inField[0]} is true between begin and end. */
  private void inline(Element parent, StringBuilder out, boolean[] inField) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (!(n instanceof Element e)) {
        continue;
      }
      if (e.getLocalName().equals("hyperlink")) {
        StringBuilder text = new StringBuilder();
        inline(e, text, inField);
        out.append('[').append(text).append("](").append(pkg.rels.get(e.getAttributeNS(R, "id")))
            .append(')');
      } else if (e.getLocalName().equals("r")) {
        run(e, out, inField);
      }
    }
  }

  private void run(Element r, StringBuilder out, boolean[] inField) {
    Element rPr = child(r, "rPr");
    String mark = (child(rPr, "b") != null ? "**" : "") + (child(rPr, "i") != null ? "*" : "");
    Element rStyle = child(rPr, "rStyle");
    if (rStyle != null && rStyle.getAttributeNS(W, "val").equals(Stil.KOD)) {
      mark = "`" + mark;
    }
    StringBuilder text = new StringBuilder();
    for (Node n = r.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (!(n instanceof Element e)) {
        continue;
      }
      switch (e.getLocalName()) {
        case "fldChar" -> {
          String type = e.getAttributeNS(W, "fldCharType");
          inField[0] = type.equals("begin") || type.equals("separate");
        }
        case "instrText" -> text.append('{').append(e.getTextContent().strip()).append('}');
        case "t" -> text.append(inField[0] ? "" : e.getTextContent());
        case "tab" -> text.append('⇥');
        case "br" -> text.append('↵');
        default -> { }
      }
    }
    if (text.length() > 0) {
      out.append(mark).append(text).append(new StringBuilder(mark).reverse());
    }
  }

  static Element child(Element parent, String local) {
    if (parent == null) {
      return null;
    }
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && W.equals(e.getNamespaceURI())
          && local.equals(e.getLocalName())) {
        return e;
      }
    }
    return null;
  }

  static List<Element> children(Element parent, String local) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && W.equals(e.getNamespaceURI())
          && local.equals(e.getLocalName())) {
        out.add(e);
      }
    }
    return out;
  }
}
