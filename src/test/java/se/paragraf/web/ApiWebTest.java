package se.paragraf.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.testtools.JavalinTest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.paragraf.web.Browser.Page;

/** The JSON API: the same workflow as the pages, with JSON bodies and {"fel": …} refusals. */
class ApiWebTest {

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object o) {
    return (Map<String, Object>) o;
  }

  @SuppressWarnings("unchecked")
  static List<Object> list(Object o) {
    return (List<Object>) o;
  }

  static int num(Object o) {
    return ((BigDecimal) o).intValue();
  }

  @Test
  void theWholeWorkflowThroughTheApi() throws Exception {
    try (WebFixture f = new WebFixture()) {
      long k = Scenario.kallelse(f);
      JavalinTest.test(f.javalin(), (server, client) -> {
        Browser eva = new Browser(server.port()).login("eva", WebFixture.PASSWORD);

        List<Object> organs = list(eva.get("/api/organ").json().get("organ"));
        assertEquals("norrdal", map(organs.get(0)).get("nyckel"));
        Map<String, Object> organ = eva.get("/api/organ/norrdal").json();
        assertEquals(num(organ.get("ar")), 2025);
        assertEquals(4, list(organ.get("moten")).size());

        Map<String, Object> doc = eva.get("/api/dokument/" + k).json();
        assertEquals(1, num(doc.get("version")));
        String text = (String) doc.get("text");
        assertEquals(Boolean.TRUE, map(doc.get("atgarder")).get("skickaKallelse"));

        Map<String, Object> preview = eva.postJson("/api/dokument/" + k + "/forhandsgranska",
            Map.of("text", "Bara text, ingen inledning.\n")).json();
        assertNull(preview.get("html"), "an unreadable text has no preview");
        assertFalse(list(preview.get("problem")).isEmpty());
        Map<String, Object> ok = eva.postJson("/api/dokument/" + k + "/forhandsgranska",
            Map.of("text", text)).json();
        assertTrue(((String) ok.get("html")).contains("KALLELSE"));

        Page saved = eva.postJson("/api/dokument/" + k, Map.of("basversion", 1,
            "text", text.replace("tid: 09.00–15.00", "tid: 09.30–15.00")));
        assertEquals(200, saved.status());
        assertEquals(2, num(saved.json().get("version")));
        assertEquals(2, list(eva.get("/api/dokument/" + k + "/versioner").json()
            .get("versioner")).size());
        assertEquals(text, eva.get("/api/dokument/" + k + "/versioner/1").json().get("text"));
        List<Object> diff = list(eva.get("/api/dokument/" + k + "/skillnad?fran=1&till=2").json()
            .get("rader"));
        assertTrue(diff.stream().anyMatch(l -> "added".equals(map(l).get("op"))));

        assertEquals(400, eva.postJson("/api/dokument/" + k + "/skicka-kallelse", Map.of())
            .status());
        Page sent = eva.postJson("/api/dokument/" + k + "/skicka-kallelse", Map.of("version", 2));
        assertEquals(200, sent.status());
        assertEquals("skickad", map(sent.json().get("dokument")).get("status"));
        Page again = eva.postJson("/api/dokument/" + k + "/skicka-kallelse", Map.of("version", 2));
        assertEquals(409, again.status());
        assertTrue(((String) again.json().get("fel")).contains("redan skickad"));

        Page created = eva.postJson("/api/dokument/" + k + "/skapa-protokoll", Map.of());
        assertEquals(201, created.status());
        long p = num(created.json().get("id"));
        Map<String, Object> draft = eva.get("/api/dokument/" + p).json();
        String fixed = Scenario.fixed((String) draft.get("text"))
            .replace("Dnr: 2025/44\n", "Dnr: 2025/44\nOmedelbar justering: ja\n");
        Page refused = eva.postJson("/api/dokument/" + p + "/skicka-pa-justering",
            Map.of("version", 1));
        assertEquals(422, refused.status());
        assertFalse(list(refused.json().get("problem")).isEmpty());
        assertEquals(200, eva.postJson("/api/dokument/" + p, Map.of("basversion", 1, "text",
            fixed)).status());

        Page part = eva.postJson("/api/dokument/" + p + "/omedelbar-justering",
            Map.of("version", 2));
        assertEquals(201, part.status(), part.body());
        assertEquals(Boolean.TRUE, part.json().get("omedelbar"));

        Page onJ = eva.postJson("/api/dokument/" + p + "/skicka-pa-justering", Map.of("version", 2));
        assertEquals(200, onJ.status());
        assertEquals(2, list(onJ.json().get("underskrifter")).size());

        Browser jonas = new Browser(server.port());
        String anon = (String) jonas.get("/api/csrf").json().get("csrf");
        String jcsrf = (String) jonas.postJson("/api/logga-in", Map.of("anvandarnamn", "jonas",
            "losenord", WebFixture.PASSWORD), anon).json().get("csrf");
        Page proposal = jonas.postJson("/api/dokument/" + p + "/forslag", Map.of("paragraf", 592,
            "text", "Lägg till datum för uppföljning."), jcsrf);
        assertEquals(201, proposal.status());
        int proposalId = num(proposal.json().get("id"));
        Page answer = eva.postJson("/api/dokument/" + p + "/forslag/" + proposalId + "/svar",
            Map.of("svar", "Uppföljningen sker i april."));
        assertEquals(200, answer.status());
        assertEquals("Uppföljningen sker i april.", answer.json().get("svar"));
        assertEquals(1, list(jonas.get("/api/dokument/" + p + "/justering").json().get("forslag"))
            .size());

        Page wrong = jonas.postJson("/api/dokument/" + p + "/justera",
            Map.of("losenord", "fel", "version", 2), jcsrf);
        assertEquals(403, wrong.status());
        Page signed = jonas.postJson("/api/dokument/" + p + "/justera",
            Map.of("losenord", WebFixture.PASSWORD, "version", 2), jcsrf);
        assertEquals(200, signed.status());
        assertEquals(Boolean.FALSE, signed.json().get("forseglat"));

        // a change after a signature withdraws it and says so
        Page changed = eva.postJson("/api/dokument/" + p, Map.of("basversion", 2, "text",
            fixed + "\nTillägg efter justering.\n"));
        assertEquals(200, changed.status());
        assertFalse(list(changed.json().get("meddelanden")).isEmpty());
        Map<String, Object> view = eva.get("/api/dokument/" + p + "/justering").json();
        assertTrue(list(view.get("underskrifter")).stream()
            .anyMatch(s -> "aterkallad".equals(map(s).get("tillstand"))));

        // take it back from justering
        assertEquals(400, eva.postJson("/api/dokument/" + p + "/aterkalla", Map.of()).status());
        Page recalled = eva.postJson("/api/dokument/" + p + "/aterkalla",
            Map.of("skal", "Protokollet behöver kompletteras."));
        assertEquals(200, recalled.status());
        assertEquals("utkast", map(recalled.json().get("dok")).get("status"));

        Map<String, Object> log = eva.get("/api/organ/norrdal/logg").json();
        assertTrue(list(log.get("handelser")).size() >= 6);
      });
    }
  }

  @Test
  void sealedDocumentsUtdragAndTheAnslagstavla() throws Exception {
    try (WebFixture f = new WebFixture()) {
      long sealed = Scenario.sealed(f);
      JavalinTest.test(f.javalin(), (server, client) -> {
        Browser eva = new Browser(server.port()).login("eva", WebFixture.PASSWORD);
        Map<String, Object> seal = eva.get("/api/dokument/" + sealed + "/forsegling").json();
        assertEquals(64, ((String) map(seal.get("forsegling")).get("sha256")).length());
        assertNotNull(map(seal.get("anslag")).get("sistaDagForOverklagande"));
        Page utdrag = eva.postJson("/api/dokument/" + sealed + "/utdrag",
            Map.of("paragrafer", List.of(580), "format", "html"));
        assertEquals(200, utdrag.status(), utdrag.body());
        assertTrue(utdrag.body().contains("Rätt utdraget intygar"));
        Page none = eva.postJson("/api/dokument/" + sealed + "/utdrag", Map.of("paragrafer",
            List.of()));
        assertEquals(400, none.status());
        assertEquals("Välj minst en paragraf till utdraget.", none.json().get("fel"));
        Page bad = eva.postJson("/api/dokument/" + sealed + "/utdrag", Map.of("paragrafer",
            List.of(1)));
        assertEquals(400, bad.status(), "§ 1 is not in the protokoll");

        Browser anon = new Browser(server.port());
        Map<String, Object> archive = anon.get("/api/anslagstavla/norrdal/arkiv").json();
        assertEquals(3, list(archive.get("anslag")).size());
        assertEquals(0, list(anon.get("/api/anslagstavla/norrdal").json().get("anslag")).size());
        assertEquals(3, list(archive.get("protokoll")).size());
      });
    }
  }

  @Test
  void malformedJsonIsA400WithASwedishMessage() throws Exception {
    try (WebFixture f = new WebFixture()) {
      JavalinTest.test(f.javalin(), (server, client) -> {
        Browser eva = new Browser(server.port()).login("eva", WebFixture.PASSWORD);
        Page p = eva.send(java.net.http.HttpRequest.newBuilder(eva.uri("/api/organ/norrdal/kallelse"))
            .header("X-CSRF-Token", eva.csrf()).header("Content-Type", "application/json")
            .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"datum\": ")));
        assertEquals(400, p.status());
        assertTrue(((String) p.json().get("fel")).startsWith("Ogiltig JSON"));
        Page wrongType = eva.postJson("/api/dokument/" + Scenario.kallelse(f),
            Map.of("basversion", "ett", "text", "x"));
        assertEquals(400, wrongType.status());
        assertEquals(404, eva.get("/api/finns-inte").status());
        assertTrue(eva.get("/api/finns-inte").header("Content-Type").startsWith("application/json"));
      });
    }
  }
}
