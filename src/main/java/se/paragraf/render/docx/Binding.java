package se.paragraf.render.docx;

import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementRef;
import jakarta.xml.bind.annotation.XmlElementRefs;
import jakarta.xml.bind.annotation.XmlElements;
import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlSchema;
import jakarta.xml.bind.annotation.XmlTransient;
import jakarta.xml.bind.annotation.XmlType;
import jakarta.xml.bind.annotation.XmlValue;
import jakarta.xml.bind.annotation.adapters.XmlAdapter;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import java.beans.Introspector;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.namespace.QName;

/**
 * How one JAXB-annotated class (docx4j's WordprocessingML classes) maps to XML, read from its
 * annotations: attributes, text value and child elements in schema order. {@link XmlOut} writes
 * objects with it, so a render needs no JAXBContext, whose creation for docx4j's ~4 000 classes
 * costs ~0.6 s of every cold command-line run (tech-notes pitfall 4). Covers the mappings docx4j
 * uses (field access; element, element refs, element choices, any element, attribute, value,
 * adapters) and refuses others rather than writing something different from JAXB.
 */
final class Binding {
  private static final String DEFAULT = "##default";
  private static final ClassValue<Binding> CACHE = new ClassValue<>() {
    @Override
    protected Binding computeValue(Class<?> type) {
      return new Binding(type);
    }
  };

  enum Kind { ATTRIBUTE, VALUE, ELEMENT, REF, ANY }

  /**
   * One bound field. {@code name} is the element or attribute name (null for VALUE, REF, ANY);
   * {@code choices} maps the classes of an {@code @XmlElements} choice to their element names.
   */
  record Prop(Field field, Kind kind, QName name, boolean list, XmlAdapter<Object, Object> adapter,
      Map<Class<?>, QName> choices) {
    Object get(Object bean) {
      try {
        return field.get(bean);
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    }

    /** The value as written: through the field's {@code @XmlJavaTypeAdapter}, if it has one. */
    Object adapt(Object v) {
      if (v == null || adapter == null) {
        return v;
      }
      try {
        return adapter.marshal(v);
      } catch (Exception e) {
        throw new IllegalStateException(field + ": " + e.getMessage(), e);
      }
    }

    /** The element name of one item of this property (a choice's, or the field's own). */
    QName nameOf(Object item) {
      if (choices != null) {
        for (Map.Entry<Class<?>, QName> c : choices.entrySet()) {
          if (c.getKey().isInstance(item)) {
            return c.getValue();
          }
        }
        throw new IllegalStateException("no element for " + item.getClass() + " in " + field);
      }
      return name;
    }
  }

  final Class<?> type;
  /** The element name when the class is a root element ({@code @XmlRootElement}), else null. */
  final QName root;
  final List<Prop> attributes = new ArrayList<>();
  final List<Prop> elements = new ArrayList<>();
  Prop value;

  static Binding of(Class<?> type) {
    return CACHE.get(type);
  }

  private Binding(Class<?> type) {
    this.type = type;
    XmlRootElement re = type.getAnnotation(XmlRootElement.class);
    this.root = re == null ? null : new QName(
        DEFAULT.equals(re.namespace()) ? schema(type).namespace() : re.namespace(),
        DEFAULT.equals(re.name()) ? Introspector.decapitalize(type.getSimpleName()) : re.name());
    Class<?> sup = bound(type.getSuperclass());
    if (sup != null) {
      Binding parent = of(sup);
      attributes.addAll(parent.attributes);
      elements.addAll(parent.elements);
      value = parent.value;
    }
    XmlAccessorType access = type.isAnnotationPresent(XmlAccessorType.class)
        ? type.getAnnotation(XmlAccessorType.class)
        : type.getPackage().getAnnotation(XmlAccessorType.class);
    if (access == null || access.value() != XmlAccessType.FIELD) {
      throw new IllegalStateException(type + ": only field access is supported");
    }
    Map<String, Prop> declared = new LinkedHashMap<>();
    for (Field f : fields(type)) {
      int mod = f.getModifiers();
      if (Modifier.isStatic(mod) || Modifier.isTransient(mod) || f.isSynthetic()
          || f.isAnnotationPresent(XmlTransient.class)) {
        continue;
      }
      f.setAccessible(true);
      Prop p = prop(type, f);
      if (p.kind() == Kind.ATTRIBUTE) {
        attributes.add(p);
      } else if (p.kind() == Kind.VALUE) {
        value = p;
      } else {
        declared.put(f.getName(), p);
      }
    }
    elements.addAll(ordered(type, declared));
  }

  /** The nearest superclass that is mapped itself (not Object, not @XmlTransient), or null. */
  private static Class<?> bound(Class<?> sup) {
    while (sup != null && sup != Object.class && sup.isAnnotationPresent(XmlTransient.class)) {
      sup = sup.getSuperclass();
    }
    return sup == null || sup == Object.class ? null : sup;
  }

  /** The fields of {@code type} and, first, of its @XmlTransient superclasses (JAXB's rule). */
  private static List<Field> fields(Class<?> type) {
    List<Field> out = new ArrayList<>();
    Class<?> sup = type.getSuperclass();
    if (sup != null && sup != Object.class && sup.isAnnotationPresent(XmlTransient.class)) {
      out.addAll(fields(sup));
    }
    out.addAll(Arrays.asList(type.getDeclaredFields()));
    return out;
  }

  /** Element properties in {@code @XmlType(propOrder)} order, else in declaration order. */
  private static List<Prop> ordered(Class<?> type, Map<String, Prop> declared) {
    XmlType xt = type.getAnnotation(XmlType.class);
    String[] order = xt == null ? new String[0] : xt.propOrder();
    if (order.length == 0 || (order.length == 1 && order[0].isEmpty())) {
      return new ArrayList<>(declared.values());
    }
    List<Prop> out = new ArrayList<>();
    Map<String, Prop> rest = new LinkedHashMap<>(declared);
    for (String name : order) {
      Prop p = rest.remove(name);
      if (p != null) {
        out.add(p);
      }
    }
    if (!rest.isEmpty()) {
      throw new IllegalStateException(type + ": fields outside propOrder " + rest.keySet());
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static Prop prop(Class<?> owner, Field f) {
    boolean list = List.class.isAssignableFrom(f.getType());
    XmlAdapter<Object, Object> adapter = null;
    XmlJavaTypeAdapter ja = f.getAnnotation(XmlJavaTypeAdapter.class);
    if (ja != null) {
      try {
        adapter = (XmlAdapter<Object, Object>) ja.value().getDeclaredConstructor().newInstance();
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(f + ": adapter " + ja.value(), e);
      }
    }
    Schema schema = schema(owner);
    XmlAttribute at = f.getAnnotation(XmlAttribute.class);
    if (at != null) {
      String ns = !DEFAULT.equals(at.namespace()) ? at.namespace()
          : schema.attributesQualified() ? schema.namespace() : "";
      return new Prop(f, Kind.ATTRIBUTE, new QName(ns, name(at.name(), f)), list, adapter, null);
    }
    if (f.isAnnotationPresent(XmlValue.class)) {
      return new Prop(f, Kind.VALUE, null, list, adapter, null);
    }
    if (f.isAnnotationPresent(XmlElementRef.class) || f.isAnnotationPresent(XmlElementRefs.class)
        || f.isAnnotationPresent(XmlAnyElement.class)) {
      // each item names itself: a JAXBElement, or an object of an @XmlRootElement class
      return new Prop(f, f.isAnnotationPresent(XmlAnyElement.class) ? Kind.ANY : Kind.REF, null,
          list, adapter, null);
    }
    XmlElements choice = f.getAnnotation(XmlElements.class);
    if (choice != null) {
      Map<Class<?>, QName> choices = new LinkedHashMap<>();
      for (XmlElement e : choice.value()) {
        choices.put(e.type(), elementName(owner, e, f));
      }
      return new Prop(f, Kind.ELEMENT, null, list, adapter, choices);
    }
    if (f.getType() == JAXBElement.class) {
      throw new IllegalStateException(f + ": JAXBElement without @XmlElementRef");
    }
    return new Prop(f, Kind.ELEMENT, elementName(owner, f.getAnnotation(XmlElement.class), f),
        list, adapter, null);
  }

  private static QName elementName(Class<?> owner, XmlElement e, Field f) {
    String ns;
    if (e != null && !DEFAULT.equals(e.namespace())) {
      ns = e.namespace();
    } else {
      Schema schema = schema(owner);
      XmlType xt = owner.getAnnotation(XmlType.class);
      ns = !schema.elementsQualified() ? ""
          : xt != null && !DEFAULT.equals(xt.namespace()) ? xt.namespace() : schema.namespace();
    }
    return new QName(ns, name(e == null ? DEFAULT : e.name(), f));
  }

  private static String name(String annotated, Field f) {
    return DEFAULT.equals(annotated) ? f.getName() : annotated;
  }

  /** The package's schema; a package without one is no namespace, unqualified. */
  private static Schema schema(Class<?> type) {
    XmlSchema s = type.getPackage().getAnnotation(XmlSchema.class);
    return s == null ? new Schema("", false, false) : new Schema(s.namespace(),
        s.elementFormDefault() == XmlNsForm.QUALIFIED,
        s.attributeFormDefault() == XmlNsForm.QUALIFIED);
  }

  private record Schema(String namespace, boolean elementsQualified,
      boolean attributesQualified) {}

  @Override
  public String toString() {
    return type.getName() + Arrays.toString(elements.stream().map(p -> p.field().getName())
        .toArray());
  }
}
