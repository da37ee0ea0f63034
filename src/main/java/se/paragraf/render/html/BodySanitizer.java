package se.paragraf.render.html;

import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import se.paragraf.util.LruCache;

/**
 * Defence in depth behind {@link BodyHtml}: body HTML passes an OWASP policy that allows only the
 * elements and attributes BodyHtml emits, so a slip there cannot put script into a page.
 */
final class BodySanitizer {
  private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
      .allowElements("p", "br", "em", "strong", "code", "a", "ul", "ol", "li", "blockquote",
          "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tr", "th", "td")
      .allowUrlProtocols("http", "https", "mailto")
      .allowAttributes("href").onElements("a")
      .requireRelsOnLinks("noopener")
      .allowAttributes("start").matching(Pattern.compile("[0-9]{1,9}")).onElements("ol")
      .allowAttributes("scope").matching(Pattern.compile("col")).onElements("th")
      .allowAttributes("class").matching(Pattern.compile("hoger|mitten")).onElements("th", "td")
      .toFactory();

  /** The sanitizer drops whitespace between list and table rows; a line break goes before these. */
  private static final String[] BREAK_BEFORE =
      {"<li>", "<tr>", "<thead>", "</thead>", "<tbody>", "</tbody>", "</table>", "</ul>", "</ol>"};

  /**
   * The live preview renders the same §§ again at every keystroke: sanitising is a pure function
   * of the markup, so each § body is sanitised once while it stays unchanged.
   */
  private static final LruCache<String, String> CACHE = new LruCache<>(1024);
  private static final int MAX_CACHED_LENGTH = 64 * 1024;

  private BodySanitizer() {}

  static String sanitize(String html) {
    return html.length() > MAX_CACHED_LENGTH ? clean(html) : CACHE.get(html, BodySanitizer::clean);
  }

  private static String clean(String html) {
    return lineBreaks(POLICY.sanitize(html)).strip();
  }

  /** A line break before each row, list item and list or table end not already on its own line. */
  static String lineBreaks(String s) {
    StringBuilder sb = null;
    int last = 0;
    for (int i = s.indexOf('<'); i >= 0; i = s.indexOf('<', i + 1)) {
      if ((i == 0 || s.charAt(i - 1) != '\n') && breaksBefore(s, i)) {
        if (sb == null) {
          sb = new StringBuilder(s.length() + 64);
        }
        sb.append(s, last, i).append('\n');
        last = i;
      }
    }
    return sb == null ? s : sb.append(s, last, s.length()).toString();
  }

  private static boolean breaksBefore(String s, int at) {
    for (String tag : BREAK_BEFORE) {
      if (s.startsWith(tag, at)) {
        return true;
      }
    }
    return false;
  }
}
