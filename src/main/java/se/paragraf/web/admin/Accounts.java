package se.paragraf.web.admin;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import se.paragraf.model.Problem;
import se.paragraf.parse.OrganReader;
import se.paragraf.parse.Parsed;
import se.paragraf.store.NewUser;
import se.paragraf.store.Organ;
import se.paragraf.store.Role;
import se.paragraf.store.Tokens;
import se.paragraf.store.User;
import se.paragraf.web.WebApp;
import se.paragraf.web.WebException;
import se.paragraf.web.api.Bodies;
import se.paragraf.web.view.Model;

/** The administrator's writes over the store's accounts and organs, each audited. */
final class Accounts {
  private final WebApp app;

  Accounts(WebApp app) {
    this.app = app;
  }

  /** An account just made (or a password just reset): the password is shown this once. */
  record Created(User user, String password, boolean generated) {
    Map<String, Object> model() {
      return Model.of().put("anvandarnamn", user.username()).put("id", user.id())
          .put("losenord", generated ? password : null).put("genererat", generated).map();
    }
  }

  Created create(String actor, Map<String, Object> body) {
    String username = Bodies.requireString(body, "anvandarnamn");
    String organ = blank(Bodies.string(body, "organ"));
    String roll = blank(Bodies.string(body, "roll"));
    if ((organ == null) != (roll == null)) {
      throw new WebException.BadRequest("Välj både organ och roll, eller ingetdera.");
    }
    Role role = roll == null ? null : AdminRoutes.role(roll);
    String given = blank(Bodies.string(body, "losenord"));
    boolean generated = given == null;
    String password = generated ? Tokens.random().substring(0, 20) : given;
    String person = blank(Bodies.string(body, "person"));
    String name = blank(Bodies.string(body, "namn"));
    boolean admin = Boolean.TRUE.equals(Bodies.bool(body, "admin"));
    if (organ != null && app.db().organs().organ(organ).isEmpty()) {
      throw new WebException.BadRequest("Organet " + organ + " finns inte.");
    }
    User u = app.db().accounts().create(new NewUser(username, password,
        name != null ? name : person != null ? person : username.strip(), admin, person));
    if (role != null) {
      app.db().accounts().grant(u.id(), organ, role);
    }
    app.db().audit().append(actor, "konto-skapat", null, u.username()
        + (role == null ? "" : " (" + role.label() + " i " + organ + ")") + (admin ? ", admin" : ""));
    return new Created(u, password, generated);
  }

  void grant(String account, String organ, String roll, String actor) {
    User u = require(account);
    Role r = AdminRoutes.role(roll);
    app.db().accounts().grant(u.id(), requireOrgan(organ), r);
    app.db().audit().append(actor, "roll-given", null, u.username() + ": " + r.label() + " i " + organ);
  }

  void revoke(String account, String organ, String roll, String actor) {
    User u = require(account);
    Role r = AdminRoutes.role(roll);
    app.db().accounts().revoke(u.id(), requireOrgan(organ), r);
    app.db().audit().append(actor, "roll-borttagen", null,
        u.username() + ": " + r.label() + " i " + organ);
  }

  Created resetPassword(String account, String password, String actor) {
    User u = require(account);
    String given = blank(password);
    String pw = given == null ? Tokens.random().substring(0, 20) : given;
    app.db().accounts().setPassword(u.id(), pw);
    app.db().sessions().deleteForUser(u.id());
    app.db().audit().append(actor, "losenord-satt", null, u.username());
    return new Created(u, pw, given == null);
  }

  /** A new organ from its organ.yaml, which must read without fel. */
  Organ createOrgan(String key, String yaml, String actor) {
    if (key == null || key.isBlank() || yaml == null || yaml.isBlank()) {
      throw new WebException.BadRequest("Ange organets nyckel och dess organ.yaml.");
    }
    Parsed<se.paragraf.model.Organ> parsed =
        OrganReader.parse(key.strip() + "/organ.yaml", key.strip(), yaml.getBytes(StandardCharsets.UTF_8));
    if (parsed.hasFel()) {
      throw new WebException.BadRequest("organ.yaml har fel: " + parsed.problems().stream()
          .filter(Problem::isFel).map(p -> p.pos() + " " + p.message())
          .collect(Collectors.joining("; ")));
    }
    se.paragraf.model.Organ o = parsed.value();
    Organ created = app.db().organs().create(key.strip(), o.namn() + ", " + o.organisation(), yaml,
        actor);
    app.db().audit().append(actor, "organ-skapat", created.sourceDocumentId(), created.key());
    return created;
  }

  User require(String account) {
    long id = se.paragraf.web.auth.Guard.id(account);
    return app.db().accounts().user(id)
        .orElseThrow(() -> new WebException.NotFound("Kontot finns inte."));
  }

  private String requireOrgan(String key) {
    if (key == null || app.db().organs().organ(key.strip()).isEmpty()) {
      throw new WebException.BadRequest("Organet finns inte.");
    }
    return key.strip();
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
