package se.paragraf.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.testtools.JavalinTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.paragraf.web.Browser.Page;
import se.paragraf.web.auth.SessionCookie;

/** Login, logout, the session cookie, CSRF and the account page, through HTTP. */
class AuthWebTest {
  static WebFixture f;

  @BeforeAll
  static void setUp() throws Exception {
    f = new WebFixture();
  }

  @AfterAll
  static void tearDown() throws Exception {
    f.close();
  }

  @Test
  void loginPageHasLabelledFieldsAndAnAnonymousCsrfCookie() {
    JavalinTest.test(f.javalin(), (server, client) -> {
      Browser b = new Browser(server.port());
      Page p = b.get("/logga-in");
      assertEquals(200, p.status());
      assertTrue(p.body().contains("<html lang=\"sv\">"));
      assertTrue(p.body().contains("<label for=\"anvandarnamn\">"));
      assertTrue(p.body().contains("<label for=\"losenord\">"));
      assertTrue(p.body().contains("Hoppa till innehållet"));
      assertNotNull(b.cookie(SessionCookie.ANONYMOUS_CSRF));
    });
  }

  @Test
  void loginWithTheRightPasswordStartsASessionAndGoesToTheNextPage() {
    JavalinTest.test(f.javalin(), (server, client) -> {
      Browser b = new Browser(server.port());
      Page p = b.post("/logga-in", "anvandarnamn", "eva", "losenord", WebFixture.PASSWORD,
          "nasta", "/organ/norrdal");
      assertEquals(302, p.status());
      assertEquals("/organ/norrdal", p.header("Location"));
      assertNotNull(b.cookie(SessionCookie.SESSION));
      assertEquals(200, b.get("/organ/norrdal").status());
    });
  }

  @Test
  void aWrongPasswordIsRefusedWithTheFormAgain() {
    JavalinTest.test(f.javalin(), (server, client) -> {
      Browser b = new Browser(server.port());
      Page p = b.post("/logga-in", "anvandarnamn", "eva", "losenord", "fel-lösenord", "nasta", "/");
      assertEquals(401, p.status());
      assertTrue(p.body().contains("Fel användarnamn eller lösenord."));
      assertTrue(p.body().contains("value=\"eva\""), "the username stays filled in");
      assertNull(b.cookie(SessionCookie.SESSION));
    });
  }

  @Test
  void theNextPageIsLocalOnly() {
    JavalinTest.test(f.javalin(), (server, client) -> {
      for (String evil : List.of("https://evil.example/", "//evil.example/x", "/\\evil.example")) {
        Browser b = new Browser(server.port());
        Page p = b.post("/logga-in", "anvandarnamn", "eva", "losenord", WebFixture.PASSWORD,
            "nasta", evil);
        assertEquals("/", p.header("Location"), evil);
      }
    });
  }

  @Test
  void aNewLoginEndsTheSessionTheBrowserHadBefore() {
    JavalinTest.test(f.javalin(), (server, client) -> {
      Browser b = new Browser(server.port()).login("margareta", WebFixture.PASSWORD);
      String before = b.cookie(SessionCookie.SESSION);
      b.post("/logga-in", "anvandarnamn", "eva", "losenord", WebFixture.PASSWORD);
      assertNotEquals(before, b.cookie(SessionCookie.SESSION));
      assertTrue(f.db.sessions().find(before).isEmpty());
    });
  }

  @Test
  void sessionCookieIsHttpOnlyAndSameSiteStrict() {
    JavalinTest.test(f.javalin(), (server, client) -> {
      Browser b = new Browser(server.port());
      Page p = b.post("/logga-in", "anvandarnamn", "eva", "losenord", WebFixture.PASSWORD,
          "nasta", "/");
      String set = p.headers("Set-Cookie").stream()
          .filter(c -> c.startsWith(SessionCookie.SESSION + "=")).findFirst().orElseThrow();
      assertTrue(set.contains("HttpOnly"), set);
      assertTrue(set.contains("SameSite=Strict"), set);
      assertTrue(set.contains("Path=/"), set);
      assertFalse(set.contains("Secure"), "this fixture runs with Secure off: " + set);
    });
  }

  @Test
  void logoutEndsTheSessionOnTheServer() {
    JavalinTest.test(f.javalin(), (server, client) -> {
      Browser b = new Browser(server.port()).login("eva", WebFixture.PASSWORD);
      String token = b.cookie(SessionCookie.SESSION);
      Page out = b.post("/logga-ut");
      assertEquals(302, out.status());
      assertEquals("/?klart=utloggad", out.header("Location"));
      assertTrue(f.db.sessions().find(token).isEmpty());
      Browser replay = new Browser(server.port());
      Page p = replay.send(java.net.http.HttpRequest.newBuilder(replay.uri("/organ/norrdal"))
          .header("Cookie", SessionCookie.SESSION + "=" + token));
      assertEquals(302, p.status(), "a stolen cookie is dead after logout");
    });
  }

  @Test
  void statesChangeOnlyWithTheCsrfTokenOfTheSession() {
    JavalinTest.test(f.javalin(), (server, client) -> {
      Browser b = new Browser(server.port()).login("eva", WebFixture.PASSWORD);
      assertEquals(403, b.postForm("/logga-ut").status(), "no token");
      assertEquals(403, b.postForm("/logga-ut", "csrf", "gissat").status(), "wrong token");
      Browser other = new Browser(server.port()).login("margareta", WebFixture.PASSWORD);
      assertEquals(403, b.postForm("/logga-ut", "csrf", other.csrf()).status(),
          "another session's token");
      assertEquals(403, b.postJson("/api/logga-ut", Map.of(), null).status(), "API without header");
      Page refused = b.postJson("/api/logga-ut", Map.of(), "gissat");
      assertEquals(403, refused.status());
      assertTrue(refused.json().get("fel").toString().contains("säkerhetskod"));
      assertEquals(200, b.get("/organ/norrdal").status(), "still logged in after the refusals");
      assertEquals(302, b.post("/logga-ut").status());
    });
  }

  @Test
  void loginNeedsTheAnonymousCsrfToken() {
    JavalinTest.test(f.javalin(), (server, client) -> {
      Browser b = new Browser(server.port());
      b.csrf();
      Page p = b.postForm("/logga-in", "anvandarnamn", "eva", "losenord", WebFixture.PASSWORD);
      assertEquals(403, p.status());
      assertNull(b.cookie(SessionCookie.SESSION));
    });
  }

  @Test
  void apiLoginGivesTheSessionsCsrfToken() {
    JavalinTest.test(f.javalin(), (server, client) -> {
      Browser b = new Browser(server.port());
      String anon = (String) b.get("/api/csrf").json().get("csrf");
      Page p = b.postJson("/api/logga-in", Map.of("anvandarnamn", "jonas",
          "losenord", WebFixture.PASSWORD), anon);
      assertEquals(200, p.status());
      Map<String, Object> me = p.json();
      assertEquals("jonas", me.get("anvandarnamn"));
      assertEquals("Jonas Berglund", me.get("person"));
      String csrf = (String) me.get("csrf");
      assertNotEquals(anon, csrf);
      Page jag = b.get("/api/jag");
      assertEquals(csrf, jag.json().get("csrf"));
      assertEquals(401, new Browser(server.port()).get("/api/jag").status());
      Page bad = b.postJson("/api/logga-in", Map.of("anvandarnamn", "jonas", "losenord", "x"), csrf);
      assertEquals(401, bad.status());
      assertEquals("Fel användarnamn eller lösenord.", bad.json().get("fel"));
    });
  }

  @Test
  void anonymousPagesRedirectToLoginAndTheApiAnswers401() {
    JavalinTest.test(f.javalin(), (server, client) -> {
      Browser b = new Browser(server.port());
      Page p = b.get("/organ/norrdal");
      assertEquals(302, p.status());
      assertEquals("/logga-in?nasta=%2Forgan%2Fnorrdal", p.header("Location"));
      Page api = b.get("/api/organ/norrdal");
      assertEquals(401, api.status());
      assertTrue(api.header("Content-Type").startsWith("application/json"));
      assertEquals("Du behöver logga in för att se sidan.", api.json().get("fel"));
    });
  }

  @Test
  void accountPageChangesThePasswordAndEndsOtherSessions() throws Exception {
    try (WebFixture own = new WebFixture()) {
      JavalinTest.test(own.javalin(), (server, client) -> {
        Browser tab = new Browser(server.port()).login("margareta", WebFixture.PASSWORD);
        Browser other = new Browser(server.port()).login("margareta", WebFixture.PASSWORD);
        assertTrue(tab.get("/konto").body().contains("ledamot i norrdal"));
        assertEquals(400, tab.post("/konto/losenord", "nuvarande", WebFixture.PASSWORD,
            "nytt", "nytt-lösen-1", "upprepa", "annat-lösen").status());
        assertEquals(403, tab.post("/konto/losenord", "nuvarande", "fel", "nytt", "nytt-lösen-1",
            "upprepa", "nytt-lösen-1").status());
        Page ok = tab.post("/konto/losenord", "nuvarande", WebFixture.PASSWORD, "nytt",
            "nytt-lösen-1", "upprepa", "nytt-lösen-1");
        assertEquals(302, ok.status());
        assertEquals(302, other.get("/organ/norrdal").status(), "the other session is ended");
        assertEquals(200, new Browser(server.port()).login("margareta", "nytt-lösen-1")
            .get("/konto").status());
      });
    }
  }
}
