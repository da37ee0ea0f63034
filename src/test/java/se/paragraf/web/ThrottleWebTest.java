package se.paragraf.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.testtools.JavalinTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.paragraf.web.Browser.Page;
import se.paragraf.web.auth.LoginThrottle;
import se.paragraf.web.auth.SessionCookie;

/** Login throttling per username and per address, and the Secure cookie flag. */
class ThrottleWebTest {

  @Test
  void fiveFailuresForOneUsernameLockItOutEvenWithTheRightPassword() throws Exception {
    try (WebFixture f = new WebFixture()) {
      JavalinTest.test(f.javalin(), (server, client) -> {
        Browser b = new Browser(server.port());
        for (int i = 0; i < LoginThrottle.MAX_PER_USER; i++) {
          assertEquals(401, b.post("/logga-in", "anvandarnamn", "eva", "losenord", "fel" + i)
              .status(), "attempt " + (i + 1));
        }
        Page locked = b.post("/logga-in", "anvandarnamn", "eva", "losenord", WebFixture.PASSWORD);
        assertEquals(429, locked.status());
        assertTrue(locked.body().contains("För många misslyckade inloggningsförsök"));
        Page api = b.postJson("/api/logga-in", Map.of("anvandarnamn", "EVA",
            "losenord", WebFixture.PASSWORD));
        assertEquals(429, api.status(), "the username is matched without case");
        assertTrue(api.json().get("fel").toString().contains("Vänta 15 minuter"));
        assertEquals(302, b.post("/logga-in", "anvandarnamn", "margareta", "losenord",
            WebFixture.PASSWORD).status(), "other accounts are not locked");
      });
    }
  }

  @Test
  void twentyFailuresFromOneAddressLockEveryUsername() throws Exception {
    try (WebFixture f = new WebFixture()) {
      JavalinTest.test(f.javalin(), (server, client) -> {
        Browser b = new Browser(server.port());
        for (int i = 0; i < LoginThrottle.MAX_PER_IP; i++) {
          assertEquals(401, b.post("/logga-in", "anvandarnamn", "gissning" + i, "losenord", "x")
              .status());
        }
        assertEquals(429, b.post("/logga-in", "anvandarnamn", "jonas", "losenord",
            WebFixture.PASSWORD).status());
      });
    }
  }

  @Test
  void signingWithAWrongPasswordCountsAsAFailedLogin() throws Exception {
    try (WebFixture f = new WebFixture()) {
      long p = Scenario.onJustering(f);
      JavalinTest.test(f.javalin(), (server, client) -> {
        Browser jonas = new Browser(server.port()).login("jonas", WebFixture.PASSWORD);
        int rev = f.services.meetings().open(p).revision().number();
        for (int i = 0; i < LoginThrottle.MAX_PER_USER; i++) {
          assertEquals(403, jonas.post("/dokument/" + p + "/justera", "losenord", "fel",
              "version", String.valueOf(rev)).status());
        }
        assertEquals(429, jonas.post("/dokument/" + p + "/justera", "losenord",
            WebFixture.PASSWORD, "version", String.valueOf(rev)).status());
        assertTrue(f.db.signatures().signatures(p).stream().noneMatch(s -> s.isSigned()));
      });
    }
  }

  @Test
  void cookiesAreSecureWhenConfigured() throws Exception {
    try (WebFixture f = new WebFixture(WebConfig.SecureCookies.ALWAYS)) {
      JavalinTest.test(f.javalin(), (server, client) -> {
        Browser b = new Browser(server.port());
        Page p = b.post("/logga-in", "anvandarnamn", "eva", "losenord", WebFixture.PASSWORD);
        String set = p.headers("Set-Cookie").stream()
            .filter(c -> c.startsWith(SessionCookie.SESSION + "=")).findFirst().orElseThrow();
        assertTrue(set.contains("Secure"), set);
        assertTrue(set.contains("HttpOnly"), set);
        assertTrue(set.contains("SameSite=Strict"), set);
      });
    }
  }

  @Test
  void autoIsSecureExceptForPlainHttpToLocalhost() throws Exception {
    try (WebFixture f = new WebFixture(WebConfig.SecureCookies.AUTO)) {
      JavalinTest.test(f.javalin(), (server, client) -> {
        Browser local = new Browser(server.port());
        local.get("/logga-in");
        String anon = local.get("/logga-in").headers("Set-Cookie").toString();
        Page p = local.post("/logga-in", "anvandarnamn", "eva", "losenord", WebFixture.PASSWORD);
        String set = String.join("\n", p.headers("Set-Cookie"));
        assertTrue(!set.contains("Secure"), "http://localhost: " + set + anon);
        String remote = rawGet(server.port(), "/logga-in", "paragraf.example.se");
        String remoteSet = remote.lines().filter(l -> l.startsWith("Set-Cookie:"))
            .reduce("", (a, c) -> a + c);
        assertTrue(remoteSet.contains(SessionCookie.ANONYMOUS_CSRF) && remoteSet.contains("Secure"),
            "another host name: " + remoteSet);
      });
    }
  }

  /** A GET with any Host header (java.net.http refuses to set one), response headers only. */
  static String rawGet(int port, String path, String host) throws IOException {
    try (Socket s = new Socket("localhost", port)) {
      OutputStream out = s.getOutputStream();
      out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = s.getInputStream();
      String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return all.substring(0, Math.max(0, all.indexOf("\r\n\r\n")));
    }
  }
}
