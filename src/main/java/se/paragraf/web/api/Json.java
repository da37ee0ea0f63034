package se.paragraf.web.api;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
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
    return new String(JsonWriter.utf8(value), StandardCharsets.UTF_8);
  }

  /** {@link #write} as the UTF-8 bytes of an answer, without the String in between. */
  public static byte[] utf8(Object value) {
    return JsonWriter.utf8(value);
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

    /** A string; the runs between escapes are copied whole (the editor's text is long). */
    String string() {
      pos++;
      StringBuilder sb = null;
      int run = pos;
      while (pos < s.length()) {
        char c = s.charAt(pos++);
        if (c == '"') {
          return sb == null ? s.substring(run, pos - 1) : sb.append(s, run, pos - 1).toString();
        } else if (c == '\\') {
          sb = (sb == null ? new StringBuilder() : sb).append(s, run, pos - 1);
          escape(sb);
          run = pos;
        } else if (c < 0x20) {
          throw error();
        }
      }
      throw error();
    }

    private void escape(StringBuilder sb) {
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
