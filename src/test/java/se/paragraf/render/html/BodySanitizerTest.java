package se.paragraf.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class BodySanitizerTest {
  @Test
  void putsRowsAndListItemsOnTheirOwnLines() {
    assertEquals("<ul>\n<li>a</li>\n<li>b</li>\n</ul>",
        BodySanitizer.sanitize("<ul><li>a</li><li>b</li></ul>"));
    assertEquals("<table>\n<thead>\n<tr><th scope=\"col\">x</th></tr>\n</thead>\n</table>",
        BodySanitizer.sanitize("<table><thead><tr><th scope=\"col\">x</th></tr></thead></table>"));
  }

  @Test
  void leavesALineBreakThatIsThereAndOtherTagsAlone() {
    String s = "<p>a</p>\n<ul>\n<li>b</li>\n</ul>";
    assertSame(s, BodySanitizer.lineBreaks(s));
    assertEquals("<p><em>a</em></p>", BodySanitizer.lineBreaks("<p><em>a</em></p>"));
    assertEquals("\n<li>", BodySanitizer.lineBreaks("<li>"));
  }

  @Test
  void dropsScriptWhetherCachedOrNot() {
    String evil = "<p>hej<script>alert(1)</script></p>";
    assertEquals("<p>hej</p>", BodySanitizer.sanitize(evil));
    assertEquals("<p>hej</p>", BodySanitizer.sanitize(evil));
    String big = "<p>" + "x".repeat(70 * 1024) + "<img src=x onerror=alert(1)></p>";
    assertEquals("<p>" + "x".repeat(70 * 1024) + "</p>", BodySanitizer.sanitize(big));
  }
}
