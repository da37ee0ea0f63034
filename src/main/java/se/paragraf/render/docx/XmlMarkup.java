package se.paragraf.render.docx;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.XMLConstants;

/**
 * The markup of one XML part as it is written: start and end tags, attributes, escaped text, and
 * docx4j's prefixes for the namespaces used, declared on the root element when the part is done.
 */
final class XmlMarkup {
  private static final String DECLARATION =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
  /** docx4j's prefixes for the namespaces a document part may use. */
  private static final Map<String, String> PREFIXES = Map.ofEntries(
      Map.entry("http://schemas.openxmlformats.org/wordprocessingml/2006/main", "w"),
      Map.entry("http://schemas.openxmlformats.org/officeDocument/2006/relationships", "r"),
      Map.entry("http://schemas.openxmlformats.org/officeDocument/2006/math", "m"),
      Map.entry("http://schemas.microsoft.com/office/word/2010/wordml", "w14"),
      Map.entry("http://schemas.microsoft.com/office/word/2012/wordml", "w15"),
      Map.entry("http://schemas.microsoft.com/office/word/2015/wordml/symex", "w16se"),
      Map.entry("http://schemas.microsoft.com/office/word/2016/wordml/cid", "w16cid"),
      Map.entry(XmlTree.MC, "mc"),
      Map.entry("http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing", "wp"),
      Map.entry("http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing", "wp14"),
      Map.entry("http://schemas.openxmlformats.org/drawingml/2006/main", "a"),
      Map.entry("http://schemas.microsoft.com/office/drawing/2010/main", "a14"),
      Map.entry("http://schemas.openxmlformats.org/drawingml/2006/picture", "pic"),
      Map.entry("http://schemas.microsoft.com/office/word/2006/wordml", "wne"),
      Map.entry("http://schemas.microsoft.com/office/word/2010/wordprocessingShape", "wps"),
      Map.entry("http://schemas.microsoft.com/office/word/2010/wordprocessingGroup", "wpg"),
      Map.entry("http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas", "wpc"),
      Map.entry("urn:schemas-microsoft-com:office:office", "o"),
      Map.entry("urn:schemas-microsoft-com:vml", "v"),
      Map.entry("urn:schemas-microsoft-com:office:word", "w10"),
      Map.entry(XMLConstants.XML_NS_URI, "xml"));

  private final StringBuilder sb = new StringBuilder(64 * 1024).append(DECLARATION);
  /** Namespace URI to prefix, for what this part has used so far. */
  private final Map<String, String> used = new LinkedHashMap<>();
  private int depth;
  /** True while the last start tag still lacks its '>' (it may yet become "/>"). */
  private boolean open;
  private int declarationsAt = -1;

  void start(String ns, String local) {
    closeStart();
    sb.append('<');
    qname(ns, local);
    if (depth == 0) {
      declarationsAt = sb.length();
    }
    depth++;
    open = true;
  }

  void end(String ns, String local) {
    depth--;
    if (open) {
      sb.append("/>");
      open = false;
    } else {
      sb.append("</");
      qname(ns, local);
      sb.append('>');
    }
  }

  /** An attribute of the element just started. */
  void attribute(String ns, String local, String value) {
    sb.append(' ');
    qname(ns, local);
    sb.append("=\"").append(escape(value, true)).append('"');
  }

  void text(String s) {
    closeStart();
    sb.append(escape(s, false));
  }

  /** The prefix for {@code uri}: docx4j's, else a made-up "nsN"; the URI counts as used. */
  String prefix(String uri) {
    String p = used.get(uri);
    if (p == null) {
      p = PREFIXES.get(uri);
      if (p == null || used.containsValue(p)) {
        p = "ns" + (used.size() + 1);
      }
      used.put(uri, p);
    }
    return p;
  }

  /** The part as UTF-8, its root declaring every namespace used. */
  byte[] finish() {
    StringBuilder decl = new StringBuilder();
    used.forEach((uri, prefix) -> {
      if (!uri.equals(XMLConstants.XML_NS_URI)) {
        decl.append(" xmlns:").append(prefix).append("=\"").append(escape(uri, true))
            .append('"');
      }
    });
    sb.insert(declarationsAt, decl);
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  private void closeStart() {
    if (open) {
      sb.append('>');
      open = false;
    }
  }

  private void qname(String ns, String local) {
    if (!ns.isEmpty()) {
      sb.append(prefix(ns)).append(':');
    }
    sb.append(local);
  }

  /** As JAXB escapes: &amp; &lt; &gt; always, &quot; in attributes. */
  static String escape(String s, boolean attribute) {
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '&' || c == '<' || c == '>' || (attribute && c == '"')) {
        break;
      }
      i++;
    }
    if (i == s.length()) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length() + 16).append(s, 0, i);
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append(attribute ? "&quot;" : "\"");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
