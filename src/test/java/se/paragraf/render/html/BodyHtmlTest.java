package se.paragraf.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.paragraf.model.text.Block;
import se.paragraf.model.text.Inline;

/** Body text to HTML, and the sanitizer that stands behind it. */
class BodyHtmlTest {
  private static Block.Para para(Inline... inlines) {
    return new Block.Para(List.of(inlines));
  }

  private static Inline.Text text(String s) {
    return new Inline.Text(s);
  }

  @Test
  void inlinesAreEscapedAndMarkedUp() {
    assertEquals("<p>a &amp; b &lt;i&gt; &quot;c&quot; &#39;d&#39; <em>e</em> <strong>f</strong> "
            + "<code>&lt;g&gt;</code>h<br />\ni</p>\n",
        BodyHtml.blocks(List.of(para(text("a & b <i> \"c\" 'd' "), new Inline.Emph(
            List.of(text("e"))), text(" "), new Inline.Strong(List.of(text("f"))), text(" "),
            new Inline.Code("<g>"), text("h"), new Inline.LineBreak(), text("i"))), 3));
  }

  @Test
  void linksOnlyForHttpHttpsAndMailto() {
    assertEquals("<a href=\"https://a.se/?x=1&amp;y=2\" rel=\"noopener\">a</a>",
        BodyHtml.inlines(List.of(new Inline.Link("https://a.se/?x=1&y=2", List.of(text("a"))))));
    assertEquals("<a href=\"mailto:a@b.se\" rel=\"noopener\">m</a>",
        BodyHtml.inlines(List.of(new Inline.Link("mailto:a@b.se", List.of(text("m"))))));
    for (String bad : List.of("javascript:alert(1)", " JAVASCRIPT:x", "data:text/html,x",
        "//evil.se", "vbscript:x", "/lokal")) {
      assertEquals("ord", BodyHtml.inlines(List.of(new Inline.Link(bad, List.of(text("ord"))))),
          bad);
    }
  }

  @Test
  void listsTablesQuotesAndHeadings() {
    Block nested = new Block.ListBlock(true, 3, List.of(
        List.of(para(text("tre"))),
        List.of(para(text("fyra")), new Block.ListBlock(false, 1, List.of(List.of(para(text("x"))))))));
    assertEquals("<ol start=\"3\">\n<li>tre</li>\n<li>\n<p>fyra</p>\n<ul>\n<li>x</li>\n</ul>\n"
        + "</li>\n</ol>\n", BodyHtml.blocks(List.of(nested), 3));
    Block table = new Block.Table(List.of(Block.Align.CENTER),
        List.of(List.of(text("H"))), List.of(List.of(List.of(text("v")))));
    assertEquals("<table>\n<thead>\n<tr><th scope=\"col\" class=\"mitten\">H</th></tr>\n</thead>\n"
        + "<tbody>\n<tr><td class=\"mitten\">v</td></tr>\n</tbody>\n</table>\n",
        BodyHtml.blocks(List.of(table), 3));
    assertEquals("<blockquote>\n<p>q</p>\n</blockquote>\n",
        BodyHtml.blocks(List.of(new Block.Quote(List.of(para(text("q"))))), 3));
    assertEquals("<h4>a</h4>\n<h5>b</h5>\n<h6>c</h6>\n", BodyHtml.blocks(List.of(
        new Block.Subheading(3, List.of(text("a"))), new Block.Subheading(4, List.of(text("b"))),
        new Block.Subheading(6, List.of(text("c")))), 4), "below a delpunkt's h3, capped at h6");
  }

  @Test
  void sanitizerKeepsWhatBodyHtmlEmits() {
    String html = "<p>a <em>b</em> <a href=\"https://a.se\" rel=\"noopener\">c</a></p>\n"
        + "<ol start=\"2\">\n<li>x</li>\n</ol>\n<table>\n<thead>\n<tr><th scope=\"col\" "
        + "class=\"hoger\">H</th></tr>\n</thead>\n<tbody>\n<tr><td class=\"hoger\">1</td></tr>\n"
        + "</tbody>\n</table>";
    assertEquals(html, BodySanitizer.sanitize(html));
  }

  @Test
  void sanitizerStripsWhatBodyHtmlNeverEmits() {
    String out = BodySanitizer.sanitize("<p style=\"color:red\" onclick=\"x()\">a</p>"
        + "<script>alert(1)</script><img src=x onerror=alert(1)><iframe src=\"https://e.se\">"
        + "</iframe><a href=\"javascript:alert(1)\">b</a><td class=\"ond\">c</td>"
        + "<th scope=\"row\" class=\"hoger\">d</th><svg onload=x></svg>");
    for (String s : List.of("style", "onclick", "script", "<img", "onerror", "iframe",
        "javascript", "ond", "row", "svg", "onload")) {
      assertFalse(out.contains(s), s + " survived: " + out);
    }
  }
}
