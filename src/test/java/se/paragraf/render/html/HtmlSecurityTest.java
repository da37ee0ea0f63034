package se.paragraf.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import se.paragraf.fixtures.Fixtures;
import se.paragraf.model.Arende;
import se.paragraf.model.Brevhuvud;
import se.paragraf.model.Deltagare;
import se.paragraf.model.Document;
import se.paragraf.model.Meeting;
import se.paragraf.model.Organ;
import se.paragraf.model.SourcePos;
import se.paragraf.model.text.Block;
import se.paragraf.model.text.Inline;

/** Hostile text in every kind of field comes out as text: no script, no handler, no bad link. */
class HtmlSecurityTest {
  private static final SourcePos P = SourcePos.NONE;
  private static final String SCRIPT = "<script>alert(1)</script>";
  private static final String IMG = "<img src=x onerror=alert(1)>";

  private static String hostilePage() throws Exception {
    Organ o = Fixtures.organ();
    Organ organ = new Organ(o.key(), o.file(), "Ond\"; } </style>" + SCRIPT, o.namn() + IMG,
        o.subjekt(), o.numrering(), o.forstaParagraf(), o.sekreterare(), o.forvaringsplats(),
        "javascript:alert(1)", new Brevhuvud(IMG, null, "javascript:alert(1)", null,
            "\"><script>@x.se"), o.register());
    Block body = new Block.Para(List.of(new Inline.Text(SCRIPT + " " + IMG + " ${x.class}"),
        new Inline.Link("javascript:alert(1)", List.of(new Inline.Text("klicka"))),
        new Inline.Link(" JaVaScRiPt:alert(2)", List.of(new Inline.Text("här"))),
        new Inline.Link("https://x.se/\" onmouseover=\"alert(3)", List.of(new Inline.Text("där")))));
    Meeting m = Fixtures.protokoll();
    List<Arende> arenden = m.arenden().stream().map(a -> a.nummer() == 580
        ? new Arende(a.typ(), a.nummer(), IMG + "${x.class}", SCRIPT, List.of(IMG), List.of(body),
            a.beslut(), a.jav(), a.yrkanden(), SCRIPT, a.omrostning(), a.reservationer(),
            List.of(Deltagare.of(IMG, P)), false, List.of(SCRIPT), IMG, a.delpunkter(), a.pos())
        : a).toList();
    Meeting hostile = new Meeting(m.file(), m.organKey(), m.kind(), m.datum(), m.start(), m.slut(),
        SCRIPT, List.of(new Deltagare(IMG, SCRIPT, null, P)), m.ersattare(), m.ovriga(),
        m.justerare(), m.ordforande(), m.sekreterare(), m.justerat(), m.anslagUppsatt(), arenden,
        m.pos());
    return Pages.RENDERER.renderString(Document.of(organ, hostile, Fixtures.anslag()));
  }

  @Test
  void noScriptNoImageNoStyleBreakout() throws Exception {
    String html = hostilePage();
    String lower = html.toLowerCase(Locale.ROOT);
    assertFalse(lower.contains("<script"), "no script element");
    assertFalse(lower.contains("<img"), "no img element");
    assertEquals(1, lower.split("</style>", -1).length - 1, "the style element closes once");
    Xhtml x = Xhtml.parse(html);
    assertTrue(x.all("//script | //img").isEmpty());
    assertTrue(Xhtml.text(x.one("//main")).contains(SCRIPT), "the text is shown as written");
  }

  @Test
  void noEventHandlerAttributeAnywhere() throws Exception {
    Xhtml x = Xhtml.parse(hostilePage());
    for (Element e : x.all("//*")) {
      NamedNodeMap attrs = e.getAttributes();
      for (int i = 0; i < attrs.getLength(); i++) {
        String name = ((Attr) attrs.item(i)).getName().toLowerCase(Locale.ROOT);
        assertFalse(name.startsWith("on"), "<" + e.getTagName() + "> has " + name);
      }
    }
  }

  @Test
  void bodyTextNeverCarriesOnerrorEvenAsText() throws Exception {
    Xhtml x = Xhtml.parse(hostilePage());
    String body = x.html.substring(x.html.indexOf("<div class=\"brodtext\">"));
    body = body.substring(0, body.indexOf("</div>"));
    assertFalse(body.contains("onerror="), body);
    assertTrue(body.contains("&lt;img src&#61;x onerror&#61;alert(1)&gt;"), body);
  }

  @Test
  void onlyHttpHttpsAndMailtoLinksSurvive() throws Exception {
    Xhtml x = Xhtml.parse(hostilePage());
    for (Element e : x.all("//*[@href or @src or @action or @formaction]")) {
      String href = e.getAttribute("href");
      assertTrue(href.startsWith("https://") || href.startsWith("http://")
          || href.startsWith("mailto:"), "<" + e.getTagName() + " href=" + href + ">");
    }
    assertTrue(x.all("//*[@*[contains(translate(., 'JAVSCRIPT', 'javscript'), 'javascript:')]]")
        .isEmpty(), "no attribute holds a javascript: URL");
    String text = x.text("//section[@id='p580']/div[@class='brodtext']");
    assertTrue(text.contains("klicka") && text.contains("här"), "unsafe links keep their words");
    assertFalse(x.html.substring(x.html.indexOf("<main>")).contains("href=\"javascript"));
    Element dar = x.one("//section[@id='p580']/div[@class='brodtext']//a");
    assertTrue(dar.getAttribute("href").startsWith("https://x.se/"));
    assertEquals(2, dar.getAttributes().getLength(), "a quote in a URL adds no attribute");
    assertEquals("noopener", dar.getAttribute("rel"));
    assertEquals("javascript:alert(1)", x.dd("Anslagstavla"), "shown as text, not linked");
    assertTrue(x.all("//div[dt='Anslagstavla']/dd/a").isEmpty());
  }

  @Test
  void freemarkerSyntaxInTextIsNotEvaluated() throws Exception {
    String html = Pages.protokoll(Fixtures.anslag());
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; ${x.class}."), "literal text");
    assertTrue(hostilePage().contains("${x.class}"));
  }
}
