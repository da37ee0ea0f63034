package se.paragraf.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.paragraf.web.Access.ADMIN;
import static se.paragraf.web.Access.INLOGGAD;
import static se.paragraf.web.Access.MEDLEM;
import static se.paragraf.web.Access.PUBLIC;
import static se.paragraf.web.Access.SEKRETERARE;
import static se.paragraf.web.Access.SEKRETERARE_ELLER_UNDERTECKNARE;
import static se.paragraf.web.Access.UNDERTECKNARE;

import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import io.javalin.router.ParsedEndpoint;
import io.javalin.testtools.JavalinTest;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.paragraf.web.Browser.Page;
import se.paragraf.web.view.Views;

/**
 * Every route × every role. The expected access of each route is written out here a second time,
 * so a change to the route table must be made on purpose in both places; then each route is
 * requested by an anonymous visitor, a ledamot of another organ, a ledamot, a justerare of the
 * document, the sekreterare and an administrator, with and without the CSRF token, on existing and
 * missing organs and documents.
 */
class RouteMatrixTest {
  /** Who asks. */
  enum Who { ANONYM, ANNAN_LEDAMOT, LEDAMOT, UNDERTECKNARE, SEKRETERARE, ADMIN }

  static final Map<String, Access> EXPECTED = new LinkedHashMap<>();

  static {
    e("GET /", PUBLIC);
    e("GET /static/{fil}", PUBLIC);
    e("GET /logga-in", PUBLIC);
    e("POST /logga-in", PUBLIC);
    e("POST /logga-ut", INLOGGAD);
    e("GET /konto", INLOGGAD);
    e("POST /konto/losenord", INLOGGAD);
    e("GET /kontrollera", PUBLIC);
    e("POST /kontrollera", PUBLIC);
    e("GET /anslagstavla/{organ}", PUBLIC);
    e("GET /anslagstavla/{organ}/arkiv", PUBLIC);
    e("GET /anslagstavla/{organ}/protokoll/{dok}", PUBLIC);
    e("GET /anslagstavla/{organ}/protokoll/{dok}/ladda-ner/{format}", PUBLIC);
    e("GET /organ/{organ}", MEDLEM);
    e("POST /organ/{organ}/kallelse", SEKRETERARE);
    e("GET /organ/{organ}/logg", SEKRETERARE);
    e("GET /dokument/{dok}", MEDLEM);
    e("POST /dokument/{dok}", SEKRETERARE);
    e("POST /dokument/{dok}/forhandsgranska", SEKRETERARE);
    e("GET /dokument/{dok}/visa", MEDLEM);
    e("GET /dokument/{dok}/ladda-ner/{format}", MEDLEM);
    e("GET /dokument/{dok}/versioner", SEKRETERARE);
    e("GET /dokument/{dok}/skillnad", SEKRETERARE);
    e("POST /dokument/{dok}/skicka-kallelse", SEKRETERARE);
    e("POST /dokument/{dok}/skapa-protokoll", SEKRETERARE);
    e("POST /dokument/{dok}/skicka-pa-justering", SEKRETERARE);
    e("POST /dokument/{dok}/omedelbar-justering", SEKRETERARE);
    e("POST /dokument/{dok}/aterkalla", SEKRETERARE);
    e("GET /dokument/{dok}/justering", SEKRETERARE_ELLER_UNDERTECKNARE);
    e("POST /dokument/{dok}/forslag", UNDERTECKNARE);
    e("POST /dokument/{dok}/forslag/{forslag}/svar", SEKRETERARE);
    e("POST /dokument/{dok}/justera", UNDERTECKNARE);
    e("POST /dokument/{dok}/reservation", MEDLEM);
    e("GET /dokument/{dok}/forseglat", MEDLEM);
    e("POST /dokument/{dok}/utdrag", SEKRETERARE);
    e("GET /admin", ADMIN);
    e("POST /admin/konton", ADMIN);
    e("GET /admin/konton/{konto}", ADMIN);
    e("POST /admin/konton/{konto}/roller", ADMIN);
    e("POST /admin/konton/{konto}/roller/ta-bort", ADMIN);
    e("POST /admin/konton/{konto}/losenord", ADMIN);
    e("POST /admin/organ", ADMIN);
    e("GET /api/csrf", PUBLIC);
    e("POST /api/logga-in", PUBLIC);
    e("POST /api/logga-ut", INLOGGAD);
    e("GET /api/jag", INLOGGAD);
    e("POST /api/konto/losenord", INLOGGAD);
    e("GET /api/organ", INLOGGAD);
    e("GET /api/organ/{organ}", MEDLEM);
    e("POST /api/organ/{organ}/kallelse", SEKRETERARE);
    e("GET /api/organ/{organ}/logg", SEKRETERARE);
    e("GET /api/dokument/{dok}", MEDLEM);
    e("POST /api/dokument/{dok}", SEKRETERARE);
    e("POST /api/dokument/{dok}/forhandsgranska", SEKRETERARE);
    e("GET /api/dokument/{dok}/versioner", SEKRETERARE);
    e("GET /api/dokument/{dok}/versioner/{nr}", SEKRETERARE);
    e("GET /api/dokument/{dok}/skillnad", SEKRETERARE);
    e("POST /api/dokument/{dok}/skicka-kallelse", SEKRETERARE);
    e("POST /api/dokument/{dok}/skapa-protokoll", SEKRETERARE);
    e("POST /api/dokument/{dok}/skicka-pa-justering", SEKRETERARE);
    e("POST /api/dokument/{dok}/omedelbar-justering", SEKRETERARE);
    e("POST /api/dokument/{dok}/aterkalla", SEKRETERARE);
    e("GET /api/dokument/{dok}/justering", SEKRETERARE_ELLER_UNDERTECKNARE);
    e("POST /api/dokument/{dok}/forslag", UNDERTECKNARE);
    e("POST /api/dokument/{dok}/forslag/{forslag}/svar", SEKRETERARE);
    e("POST /api/dokument/{dok}/justera", UNDERTECKNARE);
    e("POST /api/dokument/{dok}/reservation", MEDLEM);
    e("GET /api/dokument/{dok}/forsegling", MEDLEM);
    e("POST /api/dokument/{dok}/utdrag", SEKRETERARE);
    e("GET /api/anslagstavla/{organ}", PUBLIC);
    e("GET /api/anslagstavla/{organ}/arkiv", PUBLIC);
    e("POST /api/kontrollera", PUBLIC);
    e("GET /api/admin/konton", ADMIN);
    e("POST /api/admin/konton", ADMIN);
    e("POST /api/admin/konton/{konto}/roller", ADMIN);
    e("POST /api/admin/konton/{konto}/roller/ta-bort", ADMIN);
    e("POST /api/admin/konton/{konto}/losenord", ADMIN);
    e("GET /api/admin/organ", ADMIN);
    e("POST /api/admin/organ", ADMIN);
  }

  /**
   * What an allowed request answers when it is not a plain 200 (GET) or 400 (POST with an empty
   * body, refused by the handler after the guard let it through).
   */
  static final Map<String, Integer> ALLOWED_STATUS = Map.of(
      "POST /logga-in", 401,
      "POST /api/logga-in", 401,
      "POST /logga-ut", 302,
      "POST /api/logga-ut", 200,
      "POST /api/kontrollera", 200,
      "POST /dokument/{dok}/skapa-protokoll", 409,
      "POST /api/dokument/{dok}/skapa-protokoll", 409);

  static WebFixture f;
  static long onJustering;
  static long sealed;

  static void e(String key, Access a) {
    EXPECTED.put(key, a);
  }

  @BeforeAll
  static void setUp() throws Exception {
    f = new WebFixture();
    onJustering = Scenario.onJustering(f);
    sealed = Scenario.sealed(f);
  }

  @AfterAll
  static void tearDown() throws Exception {
    f.close();
  }

  static boolean allowed(Access a, Who w) {
    switch (a) {
      case PUBLIC:
        return true;
      case INLOGGAD:
        return w != Who.ANONYM;
      case MEDLEM:
        return w == Who.LEDAMOT || w == Who.UNDERTECKNARE || w == Who.SEKRETERARE;
      case SEKRETERARE:
        return w == Who.SEKRETERARE;
      case UNDERTECKNARE:
        return w == Who.UNDERTECKNARE;
      case SEKRETERARE_ELLER_UNDERTECKNARE:
        return w == Who.SEKRETERARE || w == Who.UNDERTECKNARE;
      default:
        return w == Who.ADMIN;
    }
  }

  @Test
  void theTableDeclaresEveryRouteJavalinServesWithTheExpectedAccess() {
    Views views = new Views(f.app);
    Map<String, Access> table = RouteTable.routes(f.app, views).stream()
        .collect(Collectors.toMap(Route::key, Route::access));
    assertEquals(new java.util.TreeMap<>(EXPECTED), new java.util.TreeMap<>(table));
    Javalin app = f.javalin();
    Set<String> served = new TreeSet<>();
    for (ParsedEndpoint p : app.unsafe.internalRouter.allHttpHandlers()) {
      if (p.endpoint.method.isHttpMethod()) {
        served.add(p.endpoint.method.name() + " " + p.endpoint.path);
      }
    }
    assertEquals(new TreeSet<>(table.keySet()), served);
  }

  @Test
  void everyRouteTimesEveryRole() {
    JavalinTest.test(f.javalin(), (server, client) -> {
      Map<Who, Browser> as = browsers(server.port());
      List<String> wrong = new ArrayList<>();
      for (Map.Entry<String, Access> route : EXPECTED.entrySet()) {
        String key = route.getKey();
        HandlerType method = HandlerType.findOrCreate(key.substring(0, key.indexOf(' ')));
        String template = key.substring(key.indexOf(' ') + 1);
        boolean api = template.startsWith("/api/");
        String path = path(template, template.contains("{dok}") ? target(template) : 0);
        for (Who w : Who.values()) {
          Browser b = as.get(w);
          if (method == HandlerType.POST && (template.endsWith("/logga-ut")) && w != Who.ANONYM) {
            b = login(server.port(), w); // logging out must not end the shared session
          }
          int expected;
          if (allowed(route.getValue(), w)) {
            expected = ALLOWED_STATUS.getOrDefault(key, method == HandlerType.GET ? 200 : 400);
            if (key.equals("GET /logga-in") && w != Who.ANONYM) {
              expected = 302; // logged in already
            }
            if (template.contains("{konto}")) {
              expected = 404; // a missing account, so that no real one is changed
            }
          } else if (w == Who.ANONYM) {
            expected = api ? 401 : 302;
          } else {
            expected = 403;
          }
          check(wrong, key, w, request(b, method, path, api, true, w), expected);
          if (method == HandlerType.POST) {
            check(wrong, key + " utan CSRF", w, request(b, method, path, api, false, w), 403);
          }
          if (template.contains("{dok}") || template.contains("{organ}")) {
            int missing = w == Who.ANONYM && route.getValue() != PUBLIC ? (api ? 401 : 302) : 404;
            String gone = path(template.replace("{organ}", "finns-inte"), 999_999);
            check(wrong, key + " saknas", w, request(b, method, gone, api, true, w), missing);
          }
        }
      }
      assertTrue(wrong.isEmpty(), wrong.size() + " wrong:\n" + String.join("\n", wrong));
    });
  }

  @Test
  void aSignerOfAnotherDocumentIsNotASignerOfThisOne() {
    JavalinTest.test(f.javalin(), (server, client) -> {
      Browser jonas = login(server.port(), Who.UNDERTECKNARE);
      assertEquals(403, jonas.get("/dokument/" + sealed + "/justering").status(),
          "jonas signs the November protokoll, not the September one");
      assertEquals(403, jonas.post("/dokument/" + sealed + "/forslag", "text", "x").status());
    });
  }

  private static void check(List<String> wrong, String what, Who w, Page p, int expected) {
    if (p.status() != expected) {
      wrong.add(what + " som " + w + ": " + p.status() + ", väntat " + expected
          + (p.status() >= 500 ? " " + p.body().substring(0, Math.min(200, p.body().length())) : ""));
    }
  }

  /**
   * The request of one cell. POST bodies are empty, so an allowed request is refused by the
   * handler (400) and changes nothing; a login probe names an unknown user of its own, so the
   * probes do not lock each other out.
   */
  private static Page request(Browser b, HandlerType method, String path, boolean api,
      boolean withCsrf, Who w) {
    if (method == HandlerType.GET) {
      return b.get(path);
    }
    String probeUser = "okand-" + w.name().toLowerCase(java.util.Locale.ROOT);
    boolean login = path.endsWith("/logga-in");
    if (api) {
      Map<String, Object> body = login ? Map.of("anvandarnamn", probeUser) : Map.of();
      return b.postJson(path, body, withCsrf ? b.csrf() : null);
    }
    String[] form = login ? new String[] {"anvandarnamn", probeUser} : new String[0];
    return withCsrf ? b.post(path, form) : b.postForm(path, form);
  }

  /** Which document a {dok} route is tried on. */
  static long target(String template) {
    if (template.contains("forsegl") || template.contains("utdrag")
        || template.startsWith("/anslagstavla/")) {
      return sealed;
    }
    return onJustering;
  }

  static String path(String template, long dok) {
    return template
        .replace("{organ}", "norrdal")
        .replace("{dok}", String.valueOf(dok))
        .replace("{format}", "docx")
        .replace("{forslag}", "999999")
        .replace("{konto}", "999999")
        .replace("{nr}", "1")
        .replace("{fil}", "paragraf.css");
  }

  private static Map<Who, Browser> browsers(int port) {
    Map<Who, Browser> m = new EnumMap<>(Who.class);
    for (Who w : Who.values()) {
      m.put(w, w == Who.ANONYM ? new Browser(port) : login(port, w));
    }
    return m;
  }

  static Browser login(int port, Who w) {
    String user;
    switch (w) {
      case ANNAN_LEDAMOT: user = "anders"; break;
      case LEDAMOT: user = "margareta"; break;
      case UNDERTECKNARE: user = "jonas"; break;
      case SEKRETERARE: user = "eva"; break;
      default: user = "admin";
    }
    return new Browser(port).login(user, WebFixture.PASSWORD);
  }
}
