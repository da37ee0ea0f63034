package se.paragraf.web.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small JSON codec for the API: writes plain data (maps, lists, strings, numbers, booleans,
 * dates) and reads request bodies strictly, with a depth limit. The project has no JSON library;
 * the API's bodies are small and flat.
 */
public final class Json {
  private static final int MAX_DEPTH = 32;

  private Json() {}

  /** The JSON text of plain data; dates and instants as ISO strings. */
  public static String write(Object value) {
    StringBuilder sb = new StringBuilder(256);
    write(sb, value, 0);
    return sb.toString();
  }

  private static void write(StringBuilder sb, Object v, int depth) {
    if (depth > MAX_DEPTH) {
      throw new IllegalArgumentException("too deep");
    }
    if (v == null) {
      sb.append("null");
    } else if (v instanceof String s) {
      string(sb, s);
    } else if (v instanceof Boolean || v instanceof Integer || v instanceof Long
        || v instanceof BigDecimal || v instanceof Short) {
      sb.append(v);
    } else if (v instanceof Map<?, ?> m) {
      sb.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : m.entrySet()) {
        if (!first) {
          sb.append(',');
        }
        first = false;
        string(sb, String.valueOf(e.getKey()));
        sb.append(':');
        write(sb, e.getValue(), depth + 1);
      }
      sb.append('}');
    } else if (v instanceof Iterable<?> it) {
      sb.append('[');
      boolean first = true;
      for (Object o : it) {
        if (!first) {
          sb.append(',');
        }
        first = false;
        write(sb, o, depth + 1);
      }
      sb.append(']');
    } else if (v instanceof LocalDate || v instanceof Instant || v instanceof Enum<?>) {
      string(sb, v.toString());
    } else {
      throw new IllegalArgumentException("not plain data: " + v.getClass().getName());
    }
  }

  private static void string(StringBuilder sb, String s) {
    sb.append('"');
    int run = 0; // start of the characters not yet appended: appended as one run, not one by one
    for (int i = 0; i < s.length(); i++) {
      String esc = escape(s.charAt(i));
      if (esc != null) {
        sb.append(s, run, i).append(esc);
        run = i + 1;
      }
    }
    sb.append(s, run, s.length()).append('"');
  }

  /** The escape of {@code c} in a JSON string, or null when it stands as itself. */
  private static String escape(char c) {
    if (c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&'
        && c != '\u2028' && c != '\u2029') {
      return null;
    }
    switch (c) {
      case '"': return "\\\"";
      case '\\': return "\\\\";
      case '\n': return "\\n";
      case '\r': return "\\r";
      case '\t': return "\\t";
      // '<', '>' and '&' escaped so a JSON body can never be read as markup
      case '<': return "\\u003c";
      case '>': return "\\u003e";
      case '&': return "\\u0026";
      default: return String.format("\\u%04x", (int) c);
    }
  }

  /**
   * Reads one JSON value: objects as {@code Map<String, Object>}, arrays as lists, numbers as
   * {@link BigDecimal}.
   *
   * @throws IllegalArgumentException with a Swedish message when the text is not valid JSON
   */
  public static Object parse(String text) {
    Reader r = new Reader(text == null ? "" : text);
    r.space();
    Object v = r.value(0);
    r.space();
    if (r.pos != r.s.length()) {
      throw r.error();
    }
    return v;
  }

  private static final class Reader {
    final String s;
    int pos;

    Reader(String s) {
      this.s = s;
    }

    IllegalArgumentException error() {
      return new IllegalArgumentException("Ogiltig JSON vid tecken " + (pos + 1) + ".");
    }

    void space() {
      while (pos < s.length() && " \t\r\n".indexOf(s.charAt(pos)) >= 0) {
        pos++;
      }
    }

    Object value(int depth) {
      if (depth > MAX_DEPTH || pos >= s.length()) {
        throw error();
      }
      char c = s.charAt(pos);
      if (c == '{') {
        return object(depth);
      } else if (c == '[') {
        return array(depth);
      } else if (c == '"') {
        return string();
      } else if (s.startsWith("true", pos)) {
        pos += 4;
        return Boolean.TRUE;
      } else if (s.startsWith("false", pos)) {
        pos += 5;
        return Boolean.FALSE;
      } else if (s.startsWith("null", pos)) {
        pos += 4;
        return null;
      }
      return number();
    }

    Map<String, Object> object(int depth) {
      Map<String, Object> m = new LinkedHashMap<>();
      pos++;
      space();
      if (peek('}')) {
        pos++;
        return m;
      }
      while (true) {
        space();
        if (!peek('"')) {
          throw error();
        }
        String key = string();
        space();
        expect(':');
        space();
        m.put(key, value(depth + 1));
        space();
        if (peek(',')) {
          pos++;
        } else {
          expect('}');
          return m;
        }
      }
    }

    List<Object> array(int depth) {
      List<Object> l = new ArrayList<>();
      pos++;
      space();
      if (peek(']')) {
        pos++;
        return l;
      }
      while (true) {
        space();
        l.add(value(depth + 1));
        space();
        if (peek(',')) {
          pos++;
        } else {
          expect(']');
          return l;
        }
      }
    }

    String string() {
      pos++;
      StringBuilder sb = new StringBuilder();
      while (pos < s.length()) {
        char c = s.charAt(pos++);
        if (c == '"') {
          return sb.toString();
        } else if (c == '\\') {
          if (pos >= s.length()) {
            throw error();
          }
          char e = s.charAt(pos++);
          switch (e) {
            case '"', '\\', '/' -> sb.append(e);
            case 'n' -> sb.append('\n');
            case 'r' -> sb.append('\r');
            case 't' -> sb.append('\t');
            case 'b' -> sb.append('\b');
            case 'f' -> sb.append('\f');
            case 'u' -> {
              if (pos + 4 > s.length()) {
                throw error();
              }
              try {
                sb.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
              } catch (NumberFormatException ex) {
                throw error();
              }
              pos += 4;
            }
            default -> throw error();
          }
        } else if (c < 0x20) {
          throw error();
        } else {
          sb.append(c);
        }
      }
      throw error();
    }

    BigDecimal number() {
      int start = pos;
      while (pos < s.length() && "+-0123456789.eE".indexOf(s.charAt(pos)) >= 0) {
        pos++;
      }
      try {
        return new BigDecimal(s.substring(start, pos));
      } catch (NumberFormatException e) {
        pos = start;
        throw error();
      }
    }

    boolean peek(char c) {
      return pos < s.length() && s.charAt(pos) == c;
    }

    void expect(char c) {
      if (!peek(c)) {
        throw error();
      }
      pos++;
    }
  }
}
