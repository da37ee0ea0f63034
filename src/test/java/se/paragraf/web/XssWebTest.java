package se.paragraf.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.testtools.JavalinTest;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import se.paragraf.web.Browser.Page;

/** Markup in a source, a name or a form field reaches every page as text, never as markup. */
class XssWebTest {
  static final String SCRIPT = "<script>alert('x')</script>";
  static final String IMG = "\"><img src=x onerror=alert(1)>";
  static final Pattern SCRIPT_TAG = Pattern.compile("<script[^>]*>", Pattern.CASE_INSENSITIVE);

  @Test
  void markupInASourceNeverReachesAPageUnescaped() throws Exception {
    try (WebFixture f = new WebFixture()) {
      long k = Scenario.kallelse(f);
      String text = f.services.meetings().open(k).text()
          .replace("plats: Samordningsförbundets kansli", "plats: Kansliet <img src=x onerror=alert(1)>")
          .replace("# Godkännande av dagordning", "# Godkännande " + SCRIPT)
          .replace("Protokollet från styrelsens", SCRIPT + " " + IMG + " Protokollet från styrelsens");
      f.services.meetings().save(k, 1, text, f.actor(f.sekreterare));
      JavalinTest.test(f.javalin(), (server, client) -> {
        Browser eva = new Browser(server.port()).login("eva", WebFixture.PASSWORD);
        Browser margareta = new Browser(server.port()).login("margareta", WebFixture.PASSWORD);
        for (Page p : List.of(
            eva.get("/dokument/" + k),
            eva.get("/dokument/" + k + "/versioner"),
            eva.get("/dokument/" + k + "/skillnad?fran=1&till=2"),
            eva.get("/organ/norrdal"),
            eva.get("/organ/norrdal/logg"),
            eva.post("/dokument/" + k + "/forhandsgranska", "basversion", "2", "text", text),
            margareta.get("/dokument/" + k),
            margareta.get("/dokument/" + k + "/visa"))) {
          assertEquals(200, p.status(), p.raw().uri() + " " + p.body());
          assertNoMarkup(p.body());
        }
        Page preview = eva.postJson("/api/dokument/" + k + "/forhandsgranska", Map.of("text", text));
        assertFalse(preview.body().contains("<"), "JSON escapes every '<'");
        String html = (String) preview.json().get("html");
        assertNoMarkup(html);
        assertTrue(html.contains("&lt;script&gt;"), "shown as text in the preview");
        Page download = eva.get("/dokument/" + k + "/ladda-ner/html");
        assertNoMarkup(download.body());
        assertEquals("nosniff", download.header("X-Content-Type-Options"));
      });
    }
  }

  @Test
  void markupInNamesAndFormFieldsIsEscaped() throws Exception {
    try (WebFixture f = new WebFixture()) {
      JavalinTest.test(f.javalin(), (server, client) -> {
        Browser admin = new Browser(server.port()).login("admin", WebFixture.PASSWORD);
        Page created = admin.post("/admin/konton", "anvandarnamn", "karin", "namn", SCRIPT,
            "person", IMG, "organ", "norrdal", "roll", "ledamot");
        assertEquals(200, created.status());
        assertNoMarkup(created.body());
        assertNoMarkup(admin.get("/admin").body());
        Browser anon = new Browser(server.port());
        Page login = anon.post("/logga-in", "anvandarnamn", IMG, "losenord", "x",
            "nasta", "/\"><script>x</script>");
        assertEquals(401, login.status());
        assertNoMarkup(login.body());
        Page notFound = anon.get("/anslagstavla/%3Cscript%3Ealert(1)%3C%2Fscript%3E");
        assertEquals(404, notFound.status());
        assertNoMarkup(notFound.body());
      });
    }
  }

  @Test
  void pagesCarryTheSecurityHeaders() throws Exception {
    try (WebFixture f = new WebFixture()) {
      JavalinTest.test(f.javalin(), (server, client) -> {
        Page p = new Browser(server.port()).get("/");
        String csp = p.header("Content-Security-Policy");
        assertTrue(csp.contains("script-src 'self'"), csp);
        assertFalse(csp.contains("unsafe-inline"), csp);
        assertTrue(csp.contains("frame-ancestors 'none'"), csp);
        assertEquals("nosniff", p.header("X-Content-Type-Options"));
        assertEquals("same-origin", p.header("Referrer-Policy"));
        assertEquals("no-store", p.header("Cache-Control"));
        Page doc = new Browser(server.port()).get("/anslagstavla/norrdal/protokoll/"
            + Scenario.sealed(f));
        assertEquals(200, doc.status());
        assertTrue(doc.header("Content-Security-Policy").contains("sandbox"));
        assertTrue(doc.header("Content-Security-Policy").contains("default-src 'none'"));
      });
    }
  }

  /** The only script element a page may have is our own file. */
  static void assertNoMarkup(String body) {
    Matcher m = SCRIPT_TAG.matcher(body);
    while (m.find()) {
      assertEquals("<script src=\"/static/redigera.js\" defer>", m.group(), body);
    }
    assertFalse(body.contains("<img src=x"), "an injected img tag");
    assertFalse(body.contains("alert('x')</script>"), "an injected script");
  }
}
