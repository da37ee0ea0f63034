package se.paragraf.render.docx;

import jakarta.xml.bind.JAXBElement;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.namespace.QName;

/**
 * Writes one XML part from docx4j objects (through their {@link Binding}) and from
 * {@link XmlTree} copies of the reference, as JAXB would with docx4j's prefixes, but without a
 * JAXBContext: creating docx4j's costs ~0.6 s of every cold command-line run (tech-notes pitfall
 * 4). An overlay (see {@link #overlay}) merges an object with an element of the reference: the
 * object's properties win, the reference fills in the rest. One instance writes one part.
 */
final class XmlOut {
  private final XmlMarkup out = new XmlMarkup();
  private final Map<Object, XmlTree> overlays = new IdentityHashMap<>();

  /** Writes {@code object} merged with the reference's {@code base} (same element). */
  XmlOut overlay(Object object, XmlTree base) {
    overlays.put(object, base);
    return this;
  }

  /** A part whose root is a JAXB root object (Document, Hdr, Ftr …) or a JAXBElement. */
  byte[] part(Object root) {
    item(root);
    return out.finish();
  }

  /**
   * A part copied from the reference's {@code root}, with {@code extra} objects added as its
   * last children, before any child named {@code before}.
   */
  byte[] part(XmlTree root, List<?> extra, String before) {
    out.start(root.ns(), root.local());
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
    out.end(root.ns(), root.local());
    return out.finish();
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
    String ns = name.getNamespaceURI();
    String local = name.getLocalPart();
    if (Lexical.simple(value)) {
      out.start(ns, local);
      out.text(Lexical.of(value));
      out.end(ns, local);
      return;
    }
    Binding b = Binding.of(value.getClass());
    XmlTree base = overlays.isEmpty() ? null : overlays.get(value);
    out.start(ns, local);
    Set<QName> own = base == null ? null : new HashSet<>();
    for (Binding.Prop p : b.attributes) {
      Object v = p.adapt(p.get(value));
      if (v != null) {
        out.attribute(p.name().getNamespaceURI(), p.name().getLocalPart(), Lexical.of(v));
        if (own != null) {
          own.add(p.name());
        }
      }
    }
    if (base != null) {
      treeAttributes(base, own);
    }
    if (b.value != null) {
      Object v = b.value.adapt(b.value.get(value));
      if (v != null) {
        out.text(Lexical.of(v));
      }
    }
    for (Binding.Prop p : b.elements) {
      Object v = p.get(value);
      boolean empty = v == null || (v instanceof List<?> l && l.isEmpty());
      if (empty && base != null) {
        fromBase(base, p);
      } else if (v instanceof List<?> list) {
        list.forEach(item -> one(p, item));
      } else if (v != null) {
        one(p, v);
      }
    }
    out.end(ns, local);
  }

  private void one(Binding.Prop p, Object item) {
    if (item == null) {
      return;
    }
    if (p.kind() == Binding.Kind.ELEMENT) {
      element(p.nameOf(item), p.adapt(item));
    } else {
      item(item);
    }
  }

  /** The reference's children that belong to element property {@code p} (by name). */
  private void fromBase(XmlTree base, Binding.Prop p) {
    if (p.kind() != Binding.Kind.ELEMENT) {
      return;
    }
    for (XmlTree t : base.elements()) {
      QName n = new QName(t.ns(), t.local());
      if (p.choices() == null ? n.equals(p.name()) : p.choices().containsValue(n)) {
        child(t);
      }
    }
  }

  private void child(Object c) {
    if (c instanceof String s) {
      out.text(s);
      return;
    }
    XmlTree t = (XmlTree) c;
    out.start(t.ns(), t.local());
    treeAttributes(t, Set.of());
    for (Object k : t.children()) {
      child(k);
    }
    out.end(t.ns(), t.local());
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
          p.append(p.length() == 0 ? "" : " ").append(out.prefix(uri));
        }
        value = p.toString();
      }
      out.attribute(a.ns(), a.local(), value);
    }
  }
}
