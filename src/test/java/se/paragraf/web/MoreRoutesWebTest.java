package se.paragraf.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.testtools.JavalinTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.paragraf.store.Role;
import se.paragraf.store.User;
import se.paragraf.web.Browser.Page;
import se.paragraf.workflow.service.Status;

/** The routes the other tests reach only through the matrix: their happy paths and refusals. */
class MoreRoutesWebTest {

  @Test
  void formsForOmedelbarJusteringRecallAndWithdrawalNotices() throws Exception {
    try (WebFixture f = new WebFixture()) {
      long p = Scenario.draft(f);
      String text = Scenario.fixed(f.services.meetings().open(p).text())
          .replace("Dnr: 2025/44\n", "Dnr: 2025/44\nOmedelbar justering: ja\n");
      f.services.meetings().save(p, 1, text, f.actor(f.sekreterare));
      JavalinTest.test(f.javalin(), (server, client) -> {
        Browser eva = new Browser(server.port()).login("eva", WebFixture.PASSWORD);
        assertTrue(eva.get("/dokument/" + p).body().contains("Omedelbar justering av markerade"));
        Page part = eva.post("/dokument/" + p + "/omedelbar-justering", "version", "2");
        assertEquals(302, part.status());
        assertTrue(part.header("Location").matches("/dokument/\\d+/justering\\?klart=pa-justering"));
        Page partPage = eva.get(part.header("Location"));
        assertEquals(200, partPage.status());
        assertTrue(partPage.body().contains("Omedelbart justerade paragrafer"));

        assertEquals(302, eva.post("/dokument/" + p + "/skicka-pa-justering", "version", "2")
            .status());
        Browser jonas = new Browser(server.port()).login("jonas", WebFixture.PASSWORD);
        assertEquals(302, jonas.post("/dokument/" + p + "/justera", "losenord",
            WebFixture.PASSWORD, "version", "2").status());
        assertEquals(302, eva.post("/dokument/" + p, "basversion", "2", "text",
            text + "\nEtt tillägg.\n").status());
        Page notice = jonas.get("/dokument/" + p + "/justering");
        assertTrue(notice.body().contains("Jonas Berglunds justering återkallades"), notice.body());

        assertEquals(400, eva.post("/dokument/" + p + "/aterkalla", "skal", " ").status());
        Page recalled = eva.post("/dokument/" + p + "/aterkalla", "skal", "Fel bilaga.");
        assertEquals(302, recalled.status());
        assertEquals(Status.UTKAST.label(), f.db.documents().document(p).orElseThrow().status());
        assertEquals(409, eva.post("/dokument/" + p + "/aterkalla", "skal", "Igen.").status(),
            "not on justering any more");
      });
    }
  }

  @Test
  void apiRoutesOfAccountsAndKallelser() throws Exception {
    try (WebFixture f = new WebFixture()) {
      JavalinTest.test(f.javalin(), (server, client) -> {
        Browser admin = new Browser(server.port()).login("admin", WebFixture.PASSWORD);
        User m = f.ledamot;
        Page granted = admin.postJson("/api/admin/konton/" + m.id() + "/roller",
            Map.of("organ", "nyby-bun", "roll", "ersattare"));
        assertEquals(200, granted.status());
        assertEquals(2, ((List<?>) granted.json().get("roller")).size());
        assertEquals(400, admin.postJson("/api/admin/konton/" + m.id() + "/roller",
            Map.of("organ", "finns-inte", "roll", "ledamot")).status());
        Page revoked = admin.postJson("/api/admin/konton/" + m.id() + "/roller/ta-bort",
            Map.of("organ", "nyby-bun", "roll", "ersattare"));
        assertEquals(1, ((List<?>) revoked.json().get("roller")).size());
        assertTrue(f.db.accounts().roles(m.id()).stream().allMatch(r -> r.role() == Role.LEDAMOT));
        Page reset = admin.postJson("/api/admin/konton/" + m.id() + "/losenord",
            Map.of("losenord", "ett-nytt-lösen"));
        assertEquals(200, reset.status());
        new Browser(server.port()).login("margareta", "ett-nytt-lösen");
        assertEquals(400, admin.postJson("/api/admin/konton/" + m.id() + "/losenord",
            Map.of("losenord", "kort")).status(), "at least 8 characters");

        Browser eva = new Browser(server.port()).login("eva", WebFixture.PASSWORD);
        Page k = eva.postJson("/api/organ/norrdal/kallelse", Map.of("datum", "2026-03-05",
            "tid", "09.00–12.00", "plats", "Kansliet"));
        assertEquals(201, k.status());
        assertEquals("utkast", k.json().get("status"));
        assertEquals(400, eva.postJson("/api/organ/norrdal/kallelse", Map.of("datum", "5 mars"))
            .status());
        String id = String.valueOf(((java.math.BigDecimal) k.json().get("id")).intValue());
        assertEquals(404, eva.get("/api/dokument/" + id + "/versioner/9").status());
        assertEquals(400, eva.get("/api/dokument/" + id + "/versioner/x").status());

        Page own = eva.postJson("/api/konto/losenord", Map.of("nuvarande", WebFixture.PASSWORD,
            "nytt", "ett-annat-lösen"));
        assertEquals(200, own.status());
        assertEquals(200, eva.get("/api/jag").status(), "the session that changed it lives on");
        assertEquals(403, eva.postJson("/api/konto/losenord", Map.of("nuvarande", "fel",
            "nytt", "ett-tredje-lösen")).status(), "the old token died with the old session");
      });
    }
  }

  @Test
  void staticFilesAndUnknownFormats() throws Exception {
    try (WebFixture f = new WebFixture()) {
      JavalinTest.test(f.javalin(), (server, client) -> {
        Browser anon = new Browser(server.port());
        Page css = anon.get("/static/paragraf.css");
        assertEquals(200, css.status());
        assertTrue(css.header("Content-Type").startsWith("text/css"));
        assertTrue(css.header("Cache-Control").contains("max-age"));
        assertEquals(200, anon.get("/static/redigera.js").status());
        assertEquals(404, anon.get("/static/..%2Fweb%2Flib.ftlh").status());
        assertEquals(404, anon.get("/static/API.md").status());
        assertEquals(404, anon.get("/anslagstavla/norrdal/protokoll/" + Scenario.sealed(f)
            + "/ladda-ner/md").status(), "the public copy is docx or html");
      });
    }
  }
}
