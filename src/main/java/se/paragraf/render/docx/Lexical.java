package se.paragraf.render.docx;

import jakarta.xml.bind.annotation.XmlEnumValue;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/** The XML text of simple values, as JAXB writes them (enums by their {@code @XmlEnumValue}). */
final class Lexical {
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

  private Lexical() {}

  /** True for values written as text: strings, numbers, booleans, enums. */
  static boolean simple(Object v) {
    return v instanceof String || v instanceof Number || v instanceof Boolean
        || v instanceof Enum<?>;
  }

  static String of(Object v) {
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
}
