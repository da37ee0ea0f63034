package se.paragraf.render.docx;

import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.annotation.XmlEnumValue;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.namespace.QName;

/**
 * Writes one XML part from docx4j objects (through their {@link Binding}) and from
 * {@link XmlTree} copies of the reference, as JAXB would with docx4j's prefixes; the root element
 * declares the namespaces the part uses. An overlay (see {@link #overlay}) merges an object with
 * an element of the reference: the object's properties win, the reference fills in the rest.
 */
final class XmlOut {
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
  private static final ClassValue<Map<Object, String>> ENUMS = new ClassValue<>() {
    @Override
    protected Map<Object, String> computeValue(Class<?> type) {
      Map<Object, String> out = new HashMap<>();
      for (Object c : type.getEnumConstants()) {
        String name = ((Enum<?>) c).name();
        try {
          XmlEnumValue v = type.getField(name).getAnnotation(XmlEnumValue.class);
          out.put(c, v == null ? name : v.value());
        } catch (NoSuchFieldException e) {
          throw new IllegalStateException(e);
        }
      }
      return out;
    }
  };

  private final StringBuilder sb = new StringBuilder(64 * 1024);
  /** Namespace URI to prefix, for what this part has used so far. */
  private final Map<String, String> used = new LinkedHashMap<>();
  private final Map<Object, XmlTree> overlays = new IdentityHashMap<>();
  private int depth;
  /** True while the last start tag still lacks its '>' (it may yet become "/>"). */
  private boolean open;
  private int declarationsAt = -1;

  /** Writes {@code object} merged with the reference's {@code base} (same element). */
  XmlOut overlay(Object object, XmlTree base) {
    overlays.put(object, base);
    return this;
  }

  /** A part whose root is a JAXB root object (Document, Hdr, Ftr …). */
  byte[] part(Object root) {
    sb.append(DECLARATION);
    item(root);
    return finish();
  }

  /**
   * A part copied from the reference's {@code root}, with {@code extra} objects added as its
   * last children, before any child named {@code before}.
   */
  byte[] part(XmlTree root, List<?> extra, String before) {
    sb.append(DECLARATION);
    start(root.ns(), root.local());
    treeAttributes(root, Set.of());
    boolean added = false;
    for (Object c : root.children()) {
      if (!added && c instanceof XmlTree t && t.local().equals(before)) {
        extra.forEach(this::item);
        added = true;
      }
      child(c);
    }
    if (!added) {
      extra.forEach(this::item);
    }
    end(root.ns(), root.local());
    return finish();
  }

  private byte[] finish() {
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

  /** A list item or root: names itself as a JAXBElement or an @XmlRootElement object. */
  private void item(Object o) {
    if (o instanceof JAXBElement<?> je) {
      element(je.getName(), je.getValue());
    } else if (o instanceof XmlTree t) {
      child(t);
    } else {
      QName root = Binding.of(o.getClass()).root;
      if (root == null) {
        throw new IllegalStateException(o.getClass() + " names no element");
      }
      element(root, o);
    }
  }

  private void element(QName name, Object value) {
    if (value == null) {
      return;
    }
    if (simple(value)) {
      start(name.getNamespaceURI(), name.getLocalPart());
      text(lexical(value));
      end(name.getNamespaceURI(), name.getLocalPart());
      return;
    }
    Binding b = Binding.of(value.getClass());
    XmlTree base = overlays.isEmpty() ? null : overlays.get(value);
    start(name.getNamespaceURI(), name.getLocalPart());
    Set<QName> own = base == null ? null : new HashSet<>();
    for (Binding.Prop p : b.attributes) {
      Object v = adapt(p, p.get(value));
      if (v != null) {
        attribute(p.name().getNamespaceURI(), p.name().getLocalPart(), lexical(v));
        if (own != null) {
          own.add(p.name());
        }
      }
    }
    if (base != null) {
      treeAttributes(base, own);
    }
    if (b.value != null) {
      Object v = adapt(b.value, b.value.get(value));
      if (v != null) {
        text(lexical(v));
      }
    }
    for (Binding.Prop p : b.elements) {
      Object v = p.get(value);
      boolean empty = v == null || (v instanceof List<?> l && l.isEmpty());
      if (empty && base != null) {
        fromBase(base, p);
      } else if (!empty) {
        property(p, v);
      }
    }
    end(name.getNamespaceURI(), name.getLocalPart());
  }

  private void property(Binding.Prop p, Object v) {
    if (v instanceof List<?> list) {
      for (Object item : list) {
        one(p, item);
      }
    } else {
      one(p, v);
    }
  }

  private void one(Binding.Prop p, Object item) {
    if (item == null) {
      return;
    }
    if (p.kind() == Binding.Kind.ELEMENT) {
      element(p.nameOf(item), adapt(p, item));
    } else {
      item(item);
    }
  }

  /** The reference's children that belong to property {@code p} (by element name). */
  private void fromBase(XmlTree base, Binding.Prop p) {
    for (XmlTree t : base.elements()) {
      QName n = new QName(t.ns(), t.local());
      if (p.kind() == Binding.Kind.ELEMENT && (p.choices() == null ? n.equals(p.name())
          : p.choices().containsValue(n))) {
        child(t);
      }
    }
  }

  private void child(Object c) {
    if (c instanceof String s) {
      text(s);
      return;
    }
    XmlTree t = (XmlTree) c;
    start(t.ns(), t.local());
    treeAttributes(t, Set.of());
    for (Object k : t.children()) {
      child(k);
    }
    end(t.ns(), t.local());
  }

  private void treeAttributes(XmlTree t, Set<QName> except) {
    for (XmlTree.Attribute a : t.attributes()) {
      if (except.contains(new QName(a.ns(), a.local()))) {
        continue;
      }
      String value = a.value();
      if (a.prefixes()) {
        StringBuilder p = new StringBuilder();
        for (String uri : value.isEmpty() ? new String[0] : value.split(" ")) {
          p.append(p.length() == 0 ? "" : " ").append(prefix(uri));
        }
        value = p.toString();
      }
      attribute(a.ns(), a.local(), value);
    }
  }

  private void start(String ns, String local) {
    closeStart();
    sb.append('<');
    qname(ns, local);
    if (depth == 0) {
      declarationsAt = sb.length();
    }
    depth++;
    open = true;
  }

  private void closeStart() {
    if (open) {
      sb.append('>');
      open = false;
    }
  }

  private void end(String ns, String local) {
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

  private void attribute(String ns, String local, String value) {
    sb.append(' ');
    qname(ns, local);
    sb.append("=\"").append(escape(value, true)).append('"');
  }

  private void text(String s) {
    closeStart();
    sb.append(escape(s, false));
  }

  private void qname(String ns, String local) {
    if (!ns.isEmpty()) {
      sb.append(prefix(ns)).append(':');
    }
    sb.append(local);
  }

  private String prefix(String uri) {
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

  @SuppressWarnings("unchecked")
  private static Object adapt(Binding.Prop p, Object v) {
    if (v == null || p.adapter() == null) {
      return v;
    }
    try {
      return p.adapter().marshal(v);
    } catch (Exception e) {
      throw new IllegalStateException(p.field() + ": " + e.getMessage(), e);
    }
  }

  private static boolean simple(Object v) {
    return v instanceof String || v instanceof Number || v instanceof Boolean
        || v instanceof Enum<?>;
  }

  static String lexical(Object v) {
    if (v instanceof String s) {
      return s;
    }
    if (v instanceof BigDecimal d) {
      return d.toPlainString();
    }
    if (v instanceof Number || v instanceof Boolean) {
      return v.toString();
    }
    if (v instanceof Enum<?> e) {
      return ENUMS.get(e.getDeclaringClass()).get(e);
    }
    throw new IllegalStateException("no XML form for " + v.getClass());
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
