package se.paragraf.render.html;

import java.util.Locale;

/** The two primitives every piece of HTML built in Java goes through: text escaping and link vetting. */
final class Markup {
  private Markup() {}

  /** Escapes text for element content and quoted attribute values alike. */
  static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    appendEscaped(sb, s);
    return sb.toString();
  }

  static void appendEscaped(StringBuilder sb, String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
  }

  /**
   * True for an http, https or mailto URL. Everything else (javascript:, data:, relative paths,
   * protocol-relative "//host") is refused: a document is read far from where it was written.
   */
  static boolean isSafeHref(String href) {
    if (href == null) {
      return false;
    }
    String h = href.strip().toLowerCase(Locale.ROOT);
    return h.startsWith("https://") || h.startsWith("http://") || h.startsWith("mailto:");
  }
}
