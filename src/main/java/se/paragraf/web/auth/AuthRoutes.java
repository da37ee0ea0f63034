package se.paragraf.web.auth;

import static se.paragraf.web.Access.INLOGGAD;
import static se.paragraf.web.Access.PUBLIC;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.paragraf.store.OrganRole;
import se.paragraf.store.User;
import se.paragraf.web.Route;
import se.paragraf.web.Scope;
import se.paragraf.web.WebApp;
import se.paragraf.web.WebException;
import se.paragraf.web.api.Bodies;
import se.paragraf.web.view.Model;
import se.paragraf.web.view.Views;

/** Login and logout, as pages and as API. */
public final class AuthRoutes {
  private final WebApp app;
  private final Views views;
  private final Login login;

  public AuthRoutes(WebApp app, Views views) {
    this.app = app;
    this.views = views;
    this.login = new Login(app);
  }

  public List<Route> routes() {
    return List.of(
        Route.get("/logga-in", PUBLIC, this::loginPage),
        Route.post("/logga-in", PUBLIC, this::loginForm),
        Route.post("/logga-ut", INLOGGAD, this::logoutForm),
        Route.get("/api/csrf", PUBLIC, this::apiCsrf),
        Route.post("/api/logga-in", PUBLIC, this::apiLogin),
        Route.post("/api/logga-ut", INLOGGAD, this::apiLogout),
        Route.get("/api/jag", INLOGGAD, this::apiMe));
  }

  private void loginPage(Context ctx) {
    if (Scope.viewer(ctx).isPresent()) {
      ctx.redirect(Login.safeNext(ctx.queryParam("nasta")));
      return;
    }
    showLogin(ctx, null, "");
  }

  private void showLogin(Context ctx, String error, String username) {
    views.page(ctx, "logga-in.ftlh", "Logga in", Model.of()
        .put("nasta", Login.safeNext(ctx.queryParam("nasta") != null ? ctx.queryParam("nasta")
            : ctx.formParam("nasta")))
        .put("anvandarnamn", username)
        .put("fel", error)
        .map());
  }

  private void loginForm(Context ctx) {
    String username = ctx.formParam("anvandarnamn");
    Optional<Login.LoggedIn> user = login.attempt(ctx, username, ctx.formParam("losenord"));
    if (user.isEmpty()) {
      ctx.status(401);
      showLogin(ctx, "Fel användarnamn eller lösenord.", username == null ? "" : username);
      return;
    }
    ctx.redirect(Login.safeNext(ctx.formParam("nasta")));
  }

  private void logoutForm(Context ctx) {
    login.logout(ctx);
    ctx.redirect("/?klart=utloggad");
  }

  private void apiCsrf(Context ctx) {
    Views.json(ctx, Map.of("csrf",
        Csrf.token(ctx, Scope.viewer(ctx).orElse(null), app.config().secureCookies())));
  }

  private void apiLogin(Context ctx) {
    Map<String, Object> body = Bodies.object(ctx);
    Optional<Login.LoggedIn> in = login.attempt(ctx, Bodies.string(body, "anvandarnamn"),
        Bodies.string(body, "losenord"));
    if (in.isEmpty()) {
      throw new WebException(401, "Fel användarnamn eller lösenord.");
    }
    Views.json(ctx, me(in.get().user(), in.get().session().session().csrfToken()));
  }

  private void apiLogout(Context ctx) {
    login.logout(ctx);
    Views.json(ctx, Map.of("utloggad", true));
  }

  private void apiMe(Context ctx) {
    Viewer v = Scope.requireViewer(ctx);
    Views.json(ctx, me(v.user(), v.csrfToken()));
  }

  private Map<String, Object> me(User u, String csrf) {
    List<Object> roles = new ArrayList<>();
    for (OrganRole r : app.db().accounts().roles(u.id())) {
      roles.add(Model.of().put("organ", r.organKey()).put("roll", r.role().label()).map());
    }
    return Model.of()
        .put("anvandarnamn", u.username())
        .put("namn", u.displayName())
        .put("person", u.personName())
        .put("admin", u.admin())
        .put("roller", roles)
        .put("csrf", csrf)
        .map();
  }
}
