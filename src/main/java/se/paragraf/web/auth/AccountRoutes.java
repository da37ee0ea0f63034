package se.paragraf.web.auth;

import static se.paragraf.web.Access.INLOGGAD;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import se.paragraf.store.NewSession;
import se.paragraf.web.Route;
import se.paragraf.web.Scope;
import se.paragraf.web.WebApp;
import se.paragraf.web.WebException;
import se.paragraf.web.api.Bodies;
import se.paragraf.web.view.Model;
import se.paragraf.web.view.Views;

/** The viewer's own account: who they are, their roles, a new password. */
public final class AccountRoutes {
  private final WebApp app;
  private final Views views;
  private final Login login;

  public AccountRoutes(WebApp app, Views views) {
    this.app = app;
    this.views = views;
    this.login = new Login(app);
  }

  public List<Route> routes() {
    return List.of(
        Route.get("/konto", INLOGGAD, this::page),
        Route.post("/konto/losenord", INLOGGAD, ctx -> {
          change(ctx, ctx.formParam("nuvarande"), ctx.formParam("nytt"), ctx.formParam("upprepa"));
          ctx.redirect("/konto?klart=losenord");
        }),
        Route.post("/api/konto/losenord", INLOGGAD, ctx -> {
          Map<String, Object> b = Bodies.object(ctx);
          NewSession s = change(ctx, Bodies.string(b, "nuvarande"), Bodies.string(b, "nytt"),
              Bodies.string(b, "nytt"));
          Views.json(ctx, Map.of("csrf", s.session().csrfToken()));
        }));
  }

  private void page(Context ctx) {
    Viewer v = Scope.requireViewer(ctx);
    views.page(ctx, "konto.ftlh", "Mitt konto", Model.of()
        .put("anvandarnamn", v.user().username())
        .put("person", v.personName())
        .put("roller", v.roles().stream().map(r -> (Object) Model.of().put("organ", r.organKey())
            .put("roll", r.role().label()).map()).toList())
        .map());
  }

  /** Checks the current password, sets the new one, ends every other session. */
  private NewSession change(Context ctx, String current, String next, String repeated) {
    Viewer v = Scope.requireViewer(ctx);
    if (next == null || !next.equals(repeated)) {
      throw new WebException.BadRequest("De två nya lösenorden är inte lika.");
    }
    if (!login.confirmPassword(ctx, v, current)) {
      throw new WebException.Forbidden("Det nuvarande lösenordet stämmer inte.");
    }
    app.db().accounts().setPassword(v.user().id(), next);
    app.db().sessions().deleteForUser(v.user().id());
    NewSession s = app.db().sessions().create(v.user().id(), app.config().sessionTtl());
    SessionCookie.setSession(ctx, app.config().secureCookies(), s.token(), app.config().sessionTtl());
    app.db().audit().append(v.user().username(), "losenord-bytt", null, null);
    return s;
  }
}
