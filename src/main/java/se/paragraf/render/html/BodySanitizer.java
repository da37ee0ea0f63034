package se.paragraf.render.html;

import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

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

  /** The sanitizer drops whitespace between list and table rows; put the line breaks back. */
  private static final Pattern LINES =
      Pattern.compile("(?<!\n)(<li>|<tr>|</?thead>|</?tbody>|</table>|</ul>|</ol>)");

  private BodySanitizer() {}

  static String sanitize(String html) {
    return LINES.matcher(POLICY.sanitize(html)).replaceAll("\n$1").strip();
  }
}
