package se.paragraf.web.api;

import io.javalin.http.Context;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.paragraf.web.WebException;

/** Reads the JSON body of an API request; every mistake is a 400 with a Swedish message. */
public final class Bodies {
  private Bodies() {}

  /** The body as a JSON object (an empty body is an empty object). */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> object(Context ctx) {
    String text = ctx.body();
    if (text.isBlank()) {
      return Map.of();
    }
    Object v;
    try {
      v = Json.parse(text);
    } catch (IllegalArgumentException e) {
      throw new WebException.BadRequest(e.getMessage());
    }
    if (!(v instanceof Map)) {
      throw new WebException.BadRequest("Begäran ska vara ett JSON-objekt.");
    }
    return (Map<String, Object>) v;
  }

  /** A string field, or null when absent. */
  public static String string(Map<String, Object> body, String key) {
    Object v = body.get(key);
    if (v == null) {
      return null;
    }
    if (!(v instanceof String s)) {
      throw new WebException.BadRequest("Fältet \"" + key + "\" ska vara text.");
    }
    return s;
  }

  public static String requireString(Map<String, Object> body, String key) {
    String s = string(body, key);
    if (s == null) {
      throw new WebException.BadRequest("Fältet \"" + key + "\" saknas.");
    }
    return s;
  }

  /** A whole-number field, or null when absent. */
  public static Integer integer(Map<String, Object> body, String key) {
    Object v = body.get(key);
    if (v == null) {
      return null;
    }
    if (!(v instanceof BigDecimal n)) {
      throw new WebException.BadRequest("Fältet \"" + key + "\" ska vara ett heltal.");
    }
    try {
      return n.intValueExact();
    } catch (ArithmeticException e) {
      throw new WebException.BadRequest("Fältet \"" + key + "\" ska vara ett heltal.");
    }
  }

  public static Boolean bool(Map<String, Object> body, String key) {
    Object v = body.get(key);
    if (v == null) {
      return null;
    }
    if (!(v instanceof Boolean b)) {
      throw new WebException.BadRequest("Fältet \"" + key + "\" ska vara true eller false.");
    }
    return b;
  }

  /** A list of whole numbers ("paragrafer": [583, 585]), or empty when absent. */
  public static List<Integer> integers(Map<String, Object> body, String key) {
    Object v = body.get(key);
    if (v == null) {
      return List.of();
    }
    if (!(v instanceof List<?> l)) {
      throw new WebException.BadRequest("Fältet \"" + key + "\" ska vara en lista med heltal.");
    }
    List<Integer> out = new ArrayList<>();
    for (Object o : l) {
      if (!(o instanceof BigDecimal n) || n.stripTrailingZeros().scale() > 0) {
        throw new WebException.BadRequest("Fältet \"" + key + "\" ska vara en lista med heltal.");
      }
      out.add(n.intValue());
    }
    return out;
  }
}
