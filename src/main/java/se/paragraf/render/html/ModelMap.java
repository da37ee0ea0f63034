package se.paragraf.render.html;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds one hash of the template model. Null values are left out, so a template asks
 * {@code x.dnr??} rather than comparing with empty strings.
 */
final class ModelMap {
  private final Map<String, Object> map = new LinkedHashMap<>();

  ModelMap put(String key, Object value) {
    if (value != null) {
      map.put(key, value);
    }
    return this;
  }

  /** Puts a string only when it has text. */
  ModelMap text(String key, String value) {
    return value == null || value.isBlank() ? this : put(key, value);
  }

  Map<String, Object> map() {
    return map;
  }
}
