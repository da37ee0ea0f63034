package se.paragraf.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.testtools.JavalinTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import se.paragraf.store.Signature;
import se.paragraf.store.SourceKind;
import se.paragraf.web.Browser.Page;
import se.paragraf.workflow.service.Status;

/**
 * The whole life of a meeting through the pages: the sekreterare fixes and sends the kallelse,
 * drafts the protokoll, sends it for justering; the justerare proposes a change and the
 * sekreterare answers; both signers sign with their passwords; the protokoll is sealed and its
 * tillkännagivande is on the public anslagstavla.
 */
class WorkflowWebTest {
  private static final Pattern VERSION = Pattern.compile("name=\"basversion\" value=\"(\\d+)\"");

  @Test
  void kallelseToAnslagstavla() throws Exception {
    try (WebFixture f = new WebFixture()) {
      long k = Scenario.kallelse(f);
      JavalinTest.test(f.javalin(), (server, client) -> {
        Browser eva = new Browser(server.port()).login("eva", WebFixture.PASSWORD);

        // the editor shows the source, the preview and the buttons
        Page editor = eva.get("/dokument/" + k);
        assertEquals(200, editor.status());
        assertTrue(editor.body().contains("<textarea id=\"text\" name=\"text\""));
        assertTrue(editor.body().contains("srcdoc=\"&lt;!DOCTYPE html&gt;"), "server-side preview");
        assertTrue(editor.body().contains(">Skicka kallelse</button>"));
        assertTrue(editor.header("Content-Security-Policy").contains("script-src 'self';"));

        // save a change; the page says so
        String text = f.services.meetings().open(k).text();
        String changed = text.replace("plats: Samordningsförbundets kansli",
            "plats: Förbundets kansli");
        Page saved = eva.post("/dokument/" + k, "basversion", version(editor), "text", changed);
        assertEquals(302, saved.status());
        assertEquals("/dokument/" + k + "?klart=sparad", saved.header("Location"));
        Page after = eva.get("/dokument/" + k + "?klart=sparad");
        assertTrue(after.body().contains("Ändringarna är sparade."));
        assertEquals("2", version(after));

        // send the kallelse
        Page sent = eva.post("/dokument/" + k + "/skicka-kallelse", "version", "2");
        assertEquals(302, sent.status());
        assertEquals(Status.SKICKAD.label(), f.db.documents().document(k).orElseThrow().status());

        // draft the protokoll
        Page created = eva.post("/dokument/" + k + "/skapa-protokoll");
        assertEquals(302, created.status());
        long p = f.document("norrdal", WebFixture.NOVEMBER, SourceKind.PROTOKOLL).id();
        assertEquals("/dokument/" + p + "?klart=protokoll-skapat", created.header("Location"));
        Page draft = eva.get("/dokument/" + p);
        assertTrue(draft.body().contains("§ 588 Genomgång"));
        assertTrue(draft.body().contains("platshållare"), "the check lists the placeholders");
        assertTrue(draft.body().contains("href=\"#rad-"), "problems link to their line");

        // sending with fel is refused with the problems
        Page refused = eva.post("/dokument/" + p + "/skicka-pa-justering", "version",
            version(draft));
        assertEquals(422, refused.status());
        assertTrue(refused.body().contains("platshållare"));

        // fix and send for justering
        String fixed = Scenario.fixed(f.services.meetings().open(p).text());
        assertEquals(302, eva.post("/dokument/" + p, "basversion", version(draft), "text", fixed)
            .status());
        Page ready = eva.get("/dokument/" + p);
        assertTrue(ready.body().contains("Kontrollen hittade inga problem."));
        Page onJustering = eva.post("/dokument/" + p + "/skicka-pa-justering", "version",
            version(ready));
        assertEquals(302, onJustering.status());
        assertEquals("/dokument/" + p + "/justering?klart=pa-justering",
            onJustering.header("Location"));

        // the justerare sees it on the start page, proposes a change
        Browser jonas = new Browser(server.port()).login("jonas", WebFixture.PASSWORD);
        assertTrue(jonas.get("/").body().contains("/dokument/" + p + "/justering"));
        Page jPage = jonas.get("/dokument/" + p + "/justering");
        assertEquals(200, jPage.status());
        assertTrue(jPage.body().contains("Justera protokollet"));
        assertTrue(jPage.body().contains("Justeras senast"));
        assertEquals(302, jonas.post("/dokument/" + p + "/forslag", "paragraf", "591",
            "text", "Skriv ut budgetens omslutning i beslutet.").status());
        assertEquals(1, f.db.changeProposals().proposals(p).size());

        // the sekreterare answers it
        long proposal = f.db.changeProposals().proposals(p).get(0).id();
        Page evaJ = eva.get("/dokument/" + p + "/justering");
        assertTrue(evaJ.body().contains("Skriv ut budgetens omslutning"));
        assertEquals(302, eva.post("/dokument/" + p + "/forslag/" + proposal + "/svar",
            "svar", "Beslutet är oförändrat; omslutningen står i texten.").status());
        assertTrue(jonas.get("/dokument/" + p + "/justering").body()
            .contains("Beslutet är oförändrat"));

        // a wrong password signs nothing
        String rev = String.valueOf(f.services.meetings().open(p).revision().number());
        Page wrong = jonas.post("/dokument/" + p + "/justera", "losenord", "fel", "version", rev);
        assertEquals(403, wrong.status());
        assertTrue(wrong.body().contains("Fel lösenord"));

        // both sign; the last signature seals
        assertEquals("/dokument/" + p + "/justering?klart=justerat",
            jonas.post("/dokument/" + p + "/justera", "losenord", WebFixture.PASSWORD,
                "version", rev).header("Location"));
        Browser ingrid = new Browser(server.port()).login("ingrid", WebFixture.PASSWORD);
        assertEquals("/dokument/" + p + "/justering?klart=forseglat",
            ingrid.post("/dokument/" + p + "/justera", "losenord", WebFixture.PASSWORD,
                "version", rev).header("Location"));
        assertEquals(Status.JUSTERAT.label(), f.db.documents().document(p).orElseThrow().status());
        assertTrue(f.db.signatures().signatures(p).stream().filter(Signature::isSigned).count() >= 2);

        // the sealed page, and nothing can change any more
        Page sealedPage = eva.get("/dokument/" + p + "/forseglat");
        assertEquals(200, sealedPage.status());
        assertTrue(sealedPage.body().contains("SHA-256, hela texten"));
        assertTrue(sealedPage.body().contains("Ingrid Holmström"));
        Page late = eva.post("/dokument/" + p, "basversion", rev, "text", fixed + "\nTillägg.\n");
        assertEquals(409, late.status());
        assertTrue(late.body().contains("justerat och kan inte ändras"));
        assertFalse(eva.get("/dokument/" + p).body().contains("<textarea id=\"text\""),
            "a sealed document opens read-only");

        // the public anslagstavla shows the tillkännagivande without login
        Page board = new Browser(server.port()).get("/anslagstavla/norrdal");
        assertEquals(200, board.status());
        assertTrue(board.body().contains("torsdag 27 november 2025"), board.body());
        assertTrue(board.body().contains("Sista dag för överklagande"));
        assertTrue(board.body().contains("Samordningsförbundets kansli, Storgatan 12, Norrby"));

        // a certified utdrag
        Page utdrag = eva.post("/dokument/" + p + "/utdrag", "paragraf", "591", "format", "html");
        assertEquals(200, utdrag.status());
        assertTrue(utdrag.header("Content-Disposition").startsWith("attachment;"));
        assertTrue(utdrag.body().contains("Rätt utdraget intygar"));

        // the audit log lists what happened
        Page log = eva.get("/organ/norrdal/logg");
        assertEquals(200, log.status());
        assertTrue(log.body().contains("jonas"));
      });
    }
  }

  @Test
  void aStaleSaveShowsBothVersionsAndLosesNothing() throws Exception {
    try (WebFixture f = new WebFixture()) {
      long k = Scenario.kallelse(f);
      JavalinTest.test(f.javalin(), (server, client) -> {
        Browser tab1 = new Browser(server.port()).login("eva", WebFixture.PASSWORD);
        Browser tab2 = new Browser(server.port()).login("eva", WebFixture.PASSWORD);
        String base = version(tab1.get("/dokument/" + k));
        String text = f.services.meetings().open(k).text();
        assertEquals(302, tab2.post("/dokument/" + k, "basversion", base, "text",
            text + "\nFörsta fliken hann före.\n").status());
        Page conflict = tab1.post("/dokument/" + k, "basversion", base, "text",
            text + "\nMin ändring.\n");
        assertEquals(409, conflict.status());
        assertTrue(conflict.body().contains("Min ändring."), "my text is on the page");
        assertTrue(conflict.body().contains("Första fliken hann före."), "theirs too");
        assertTrue(conflict.body().contains("name=\"basversion\" value=\"2\""));
        assertEquals(2, f.db.revisions().revisions(k).size(), "nothing was overwritten");

        Page api = tab1.postJson("/api/dokument/" + k, java.util.Map.of("basversion", 1,
            "text", text + "\nVia API.\n"));
        assertEquals(409, api.status());
        assertEquals("Via API.", ((String) api.json().get("din")).strip().lines()
            .reduce((a, b) -> b).orElseThrow());
        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> current = (java.util.Map<String, Object>) api.json()
            .get("aktuell");
        assertEquals(java.math.BigDecimal.valueOf(2), current.get("version"));
      });
    }
  }

  static String version(Page p) {
    Matcher m = VERSION.matcher(p.body());
    if (!m.find()) {
      throw new AssertionError("no basversion on the page");
    }
    return m.group(1);
  }
}
