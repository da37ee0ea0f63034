package se.paragraf.web.view;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds one map of plain data for a page and the API alike. Null values are left out, so a
 * template asks {@code x.dnr??}; the JSON simply lacks the key.
 */
public final class Model {
  private final Map<String, Object> map = new LinkedHashMap<>();

  public static Model of() {
    return new Model();
  }

  public Model put(String key, Object value) {
    if (value != null) {
      map.put(key, value);
    }
    return this;
  }

  public Model putAll(Map<String, Object> other) {
    other.forEach(this::put);
    return this;
  }

  public Map<String, Object> map() {
    return map;
  }
}
