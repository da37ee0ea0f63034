package se.paragraf.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.testtools.JavalinTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.paragraf.model.Arende;
import se.paragraf.web.Browser.Page;
import se.paragraf.workflow.service.OpenDocument;

/** A ledamot writes the motivation of her reservation through the document page and the API. */
class ReservationWebTest {
  private static final String BESLUT =
      "att bevilja Älvsby kommun 512 000 kronor i fortsatt medfinansiering";

  @Test
  void theMemberWritesHerMotiveringAndOnlySheMay() throws Exception {
    try (WebFixture f = new WebFixture()) {
      long p = Scenario.ready(f);
      OpenDocument open = f.services.meetings().open(p);
      f.services.meetings().save(p, open.revision().number(), open.text().replace(BESLUT,
          BESLUT + "\n\nReservation:\n- Margareta Lidén"), f.actor(f.sekreterare));
      int nr = reserved(f.services.meetings().open(p)).nummer();
      String form = "/dokument/" + p + "/reservation";
      String api = "/api/dokument/" + p + "/reservation";
      JavalinTest.test(f.javalin(), (server, client) -> {
        Browser margareta = new Browser(server.port()).login("margareta", WebFixture.PASSWORD);
        Browser jonas = new Browser(server.port()).login("jonas", WebFixture.PASSWORD);
        Browser anonym = new Browser(server.port());

        Page page = margareta.get("/dokument/" + p);
        assertTrue(page.body().contains("Din reservation i § " + nr), page.body());
        assertTrue(page.body().contains(">Spara motivering</button>"));
        assertTrue(page.body().contains("name=\"paragraf\" value=\"" + nr + "\""));
        assertFalse(jonas.get("/dokument/" + p).body().contains("Din reservation"));

        // the form: saved as a new revision by her, the page says so and shows the text
        Page saved = margareta.post(form, "paragraf", String.valueOf(nr), "motivering",
            "Medlen behövs till andra insatser.");
        assertEquals(302, saved.status());
        assertEquals("/dokument/" + p + "?klart=reservation-sparad", saved.header("Location"));
        OpenDocument after = f.services.meetings().open(p);
        assertEquals("margareta", after.revision().author());
        assertEquals("Medlen behövs till andra insatser.",
            reserved(after).reservationer().get(0).motivering());
        Page shown = margareta.get("/dokument/" + p + "?klart=reservation-sparad");
        assertTrue(shown.body().contains("Motiveringen till din reservation är sparad."));
        assertTrue(shown.body().contains(">Medlen behövs till andra insatser.</textarea>"));

        // the API twin
        Page viaApi = margareta.postJson(api, Map.of("paragraf", nr, "motivering",
            "Medlen behövs till insatser för unga vuxna."));
        assertEquals(200, viaApi.status(), viaApi.body());
        assertEquals(after.revision().number() + 1,
            ((Number) viaApi.json().get("version")).intValue());
        assertEquals("Medlen behövs till insatser för unga vuxna.",
            reserved(f.services.meetings().open(p)).reservationer().get(0).motivering());

        // refusals: not her reservation, no §, no CSRF, not logged in, no document
        int rev = f.services.meetings().open(p).revision().number();
        assertEquals(403, jonas.post(form, "paragraf", String.valueOf(nr), "motivering", "x")
            .status());
        assertEquals(403, jonas.postJson(api, Map.of("paragraf", nr, "motivering", "x"))
            .status());
        assertEquals(400, margareta.postJson(api, Map.of("motivering", "x")).status());
        assertEquals(403, margareta.postForm(form, "paragraf", String.valueOf(nr),
            "motivering", "x").status());
        assertEquals(302, anonym.post(form, "paragraf", String.valueOf(nr)).status());
        assertEquals(401, anonym.postJson(api, Map.of("paragraf", nr)).status());
        assertEquals(404, margareta.postJson("/api/dokument/999999/reservation",
            Map.of("paragraf", nr, "motivering", "x")).status());
        assertEquals(rev, f.services.meetings().open(p).revision().number());
      });
    }
  }

  private static Arende reserved(OpenDocument open) {
    List<Arende> with = open.meeting().arenden().stream()
        .filter(a -> !a.reservationer().isEmpty()).toList();
    assertEquals(1, with.size());
    return with.get(0);
  }
}
