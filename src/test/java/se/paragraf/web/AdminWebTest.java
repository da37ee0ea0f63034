package se.paragraf.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.testtools.JavalinTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import se.paragraf.store.Role;
import se.paragraf.store.User;
import se.paragraf.web.Browser.Page;

/** The administrator manages accounts, roles and organs. */
class AdminWebTest {
  static final Pattern SHOWN = Pattern.compile(
      "Lösenordet är (?:bytt till )?<strong class=\"hash\">([^<]+)</strong>");

  @Test
  void accountsAndRoles() throws Exception {
    try (WebFixture f = new WebFixture()) {
      JavalinTest.test(f.javalin(), (server, client) -> {
        Browser admin = new Browser(server.port()).login("admin", WebFixture.PASSWORD);
        Page list = admin.get("/admin");
        assertEquals(200, list.status());
        assertTrue(list.body().contains("margareta"));

        Page created = admin.post("/admin/konton", "anvandarnamn", "karin", "person", "Karin Ek",
            "organ", "norrdal", "roll", "ersattare");
        assertEquals(200, created.status());
        Matcher m = SHOWN.matcher(created.body());
        assertTrue(m.find(), "a generated password is shown once");
        User karin = f.db.accounts().byUsername("karin").orElseThrow();
        assertEquals("Karin Ek", karin.personName());
        assertTrue(new Browser(server.port()).login("karin", m.group(1)).get("/organ/norrdal")
            .status() == 200);
        assertEquals(409, admin.post("/admin/konton", "anvandarnamn", "karin").status());
        assertEquals(400, admin.post("/admin/konton", "anvandarnamn", "x", "organ", "norrdal")
            .status(), "an organ without a role");

        Page account = admin.get("/admin/konton/" + karin.id());
        assertEquals(200, account.status());
        assertTrue(account.body().contains("ersattare"));
        assertEquals(404, admin.get("/admin/konton/999999").status());
        Page granted = admin.post("/admin/konton/" + karin.id() + "/roller", "organ",
            "nyby-bun", "roll", "ledamot");
        assertEquals(302, granted.status());
        assertEquals("/admin/konton/" + karin.id() + "?klart=roll-andrad", granted.header("Location"));
        assertTrue(f.db.accounts().roles(karin.id()).stream()
            .anyMatch(r -> r.organKey().equals("nyby-bun") && r.role() == Role.LEDAMOT));
        assertEquals(302, admin.post("/admin/konton/" + karin.id() + "/roller/ta-bort", "organ",
            "norrdal", "roll", "ersattare").status());
        assertTrue(f.db.accounts().roles(karin.id()).stream()
            .noneMatch(r -> r.organKey().equals("norrdal")));
        assertEquals(400, admin.post("/admin/konton/" + karin.id() + "/roller", "organ",
            "norrdal", "roll", "kung").status());

        Page reset = admin.post("/admin/konton/" + karin.id() + "/losenord");
        Matcher m2 = SHOWN.matcher(reset.body());
        assertTrue(m2.find());
        new Browser(server.port()).login("karin", m2.group(1));

        Map<String, Object> api = admin.get("/api/admin/konton").json();
        assertTrue(((List<?>) api.get("konton")).size() >= 7);
        Page apiCreated = admin.postJson("/api/admin/konton", Map.of("anvandarnamn", "per",
            "losenord", "ett-långt-lösen", "admin", true));
        assertEquals(201, apiCreated.status());
        assertEquals(Boolean.FALSE, apiCreated.json().get("genererat"));
        assertTrue(f.db.accounts().byUsername("per").orElseThrow().admin());
      });
    }
  }

  @Test
  void organsFromTheirOrganYaml() throws Exception {
    try (WebFixture f = new WebFixture()) {
      String yaml = Files.readString(Path.of("agendas/norrdal/organ.yaml"))
          .replace("Samordningsförbundet Norrdal", "Samordningsförbundet Söderdal");
      JavalinTest.test(f.javalin(), (server, client) -> {
        Browser admin = new Browser(server.port()).login("admin", WebFixture.PASSWORD);
        assertEquals(302, admin.post("/admin/organ", "nyckel", "soderdal", "organYaml", yaml)
            .status());
        assertEquals("Styrelsen, Samordningsförbundet Söderdal",
            f.db.organs().organ("soderdal").orElseThrow().displayName());
        Page broken = admin.post("/admin/organ", "nyckel", "trasig", "organYaml", "organ: [\n");
        assertEquals(400, broken.status());
        assertTrue(broken.body().contains("organ.yaml har fel"));
        assertEquals(409, admin.post("/admin/organ", "nyckel", "soderdal", "organYaml", yaml)
            .status());
        Page api = admin.postJson("/api/admin/organ", Map.of("nyckel", "vasterdal",
            "organYaml", yaml.replace("Söderdal", "Västerdal")));
        assertEquals(201, api.status());
        assertEquals(3 + 1, ((List<?>) admin.get("/api/admin/organ").json().get("organ")).size());
      });
    }
  }
}
