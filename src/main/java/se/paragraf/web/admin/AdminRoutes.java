package se.paragraf.web.admin;

import static se.paragraf.web.Access.ADMIN;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import se.paragraf.store.Organ;
import se.paragraf.store.Role;
import se.paragraf.store.User;
import se.paragraf.web.Route;
import se.paragraf.web.Scope;
import se.paragraf.web.WebApp;
import se.paragraf.web.api.Bodies;
import se.paragraf.web.view.Model;
import se.paragraf.web.view.Views;

/** The administrator's pages: organs and accounts, with roles per organ. */
public final class AdminRoutes {
  private final WebApp app;
  private final Views views;
  private final Accounts accounts;

  public AdminRoutes(WebApp app, Views views) {
    this.app = app;
    this.views = views;
    this.accounts = new Accounts(app);
  }

  public List<Route> routes() {
    return List.of(
        Route.get("/admin", ADMIN, ctx -> page(ctx, Map.of())),
        Route.post("/admin/konton", ADMIN, ctx -> {
          Accounts.Created c = accounts.create(Scope.actor(ctx).username(), form(ctx));
          page(ctx, Model.of().put("skapat", c.model()).map());
        }),
        Route.get("/admin/konton/{konto}", ADMIN, ctx -> accountPage(ctx, Map.of())),
        Route.post("/admin/konton/{konto}/roller", ADMIN, ctx -> {
          accounts.grant(ctx.pathParam("konto"), ctx.formParam("organ"), ctx.formParam("roll"),
              Scope.actor(ctx).username());
          ctx.redirect("/admin/konton/" + ctx.pathParam("konto") + "?klart=roll-andrad");
        }),
        Route.post("/admin/konton/{konto}/roller/ta-bort", ADMIN, ctx -> {
          accounts.revoke(ctx.pathParam("konto"), ctx.formParam("organ"), ctx.formParam("roll"),
              Scope.actor(ctx).username());
          ctx.redirect("/admin/konton/" + ctx.pathParam("konto") + "?klart=roll-andrad");
        }),
        Route.post("/admin/konton/{konto}/losenord", ADMIN, ctx -> {
          Accounts.Created c = accounts.resetPassword(ctx.pathParam("konto"),
              ctx.formParam("losenord"), Scope.actor(ctx).username());
          accountPage(ctx, Model.of().put("skapat", c.model()).map());
        }),
        Route.post("/admin/organ", ADMIN, ctx -> {
          accounts.createOrgan(ctx.formParam("nyckel"), ctx.formParam("organYaml"),
              Scope.actor(ctx).username());
          ctx.redirect("/admin?klart=organ-skapat");
        }),
        Route.get("/api/admin/konton", ADMIN, ctx -> Views.json(ctx, Map.of("konton", users()))),
        Route.get("/api/admin/organ", ADMIN, ctx -> Views.json(ctx, Map.of("organ", organs()))),
        Route.post("/api/admin/konton", ADMIN, ctx -> {
          Accounts.Created c = accounts.create(Scope.actor(ctx).username(), Bodies.object(ctx));
          ctx.status(201);
          Views.json(ctx, c.model());
        }),
        Route.post("/api/admin/konton/{konto}/roller", ADMIN, ctx -> {
          Map<String, Object> b = Bodies.object(ctx);
          accounts.grant(ctx.pathParam("konto"), Bodies.string(b, "organ"),
              Bodies.string(b, "roll"), Scope.actor(ctx).username());
          Views.json(ctx, user(accounts.require(ctx.pathParam("konto"))));
        }),
        Route.post("/api/admin/konton/{konto}/roller/ta-bort", ADMIN, ctx -> {
          Map<String, Object> b = Bodies.object(ctx);
          accounts.revoke(ctx.pathParam("konto"), Bodies.string(b, "organ"),
              Bodies.string(b, "roll"), Scope.actor(ctx).username());
          Views.json(ctx, user(accounts.require(ctx.pathParam("konto"))));
        }),
        Route.post("/api/admin/konton/{konto}/losenord", ADMIN, ctx ->
            Views.json(ctx, accounts.resetPassword(ctx.pathParam("konto"),
                Bodies.string(Bodies.object(ctx), "losenord"), Scope.actor(ctx).username())
                .model())),
        Route.post("/api/admin/organ", ADMIN, ctx -> {
          Map<String, Object> b = Bodies.object(ctx);
          Organ o = accounts.createOrgan(Bodies.string(b, "nyckel"), Bodies.string(b, "organYaml"),
              Scope.actor(ctx).username());
          ctx.status(201);
          Views.json(ctx, organ(o));
        }));
  }

  /** The form fields of a new account, as the API's body keys. */
  private static Map<String, Object> form(Context ctx) {
    Model m = Model.of()
        .put("anvandarnamn", ctx.formParam("anvandarnamn"))
        .put("namn", ctx.formParam("namn"))
        .put("person", ctx.formParam("person"))
        .put("losenord", ctx.formParam("losenord"))
        .put("organ", ctx.formParam("organ"))
        .put("roll", ctx.formParam("roll"))
        .put("admin", "ja".equals(ctx.formParam("admin")));
    return m.map();
  }

  private void page(Context ctx, Map<String, Object> extra) {
    views.page(ctx, "admin.ftlh", "Administration", Model.of()
        .put("konton", users())
        .put("organ", organs())
        .put("roller", List.of("sekreterare", "ledamot", "ersattare"))
        .putAll(extra)
        .map());
  }

  private void accountPage(Context ctx, Map<String, Object> extra) {
    User u = accounts.require(ctx.pathParam("konto"));
    views.page(ctx, "admin-konto.ftlh", "Konto " + u.username(), Model.of()
        .put("konto", user(u))
        .put("organ", organs())
        .put("roller", List.of("sekreterare", "ledamot", "ersattare"))
        .putAll(extra)
        .map());
  }

  private List<Object> users() {
    return app.db().accounts().users().stream().map(u -> (Object) user(u)).toList();
  }

  private Map<String, Object> user(User u) {
    return Model.of()
        .put("id", u.id())
        .put("anvandarnamn", u.username())
        .put("namn", u.displayName())
        .put("person", u.personName())
        .put("admin", u.admin())
        .put("roller", app.db().accounts().roles(u.id()).stream()
            .map(r -> (Object) Model.of().put("organ", r.organKey()).put("roll", r.role().label())
                .map()).toList())
        .map();
  }

  private List<Object> organs() {
    return app.db().organs().organs().stream().map(o -> (Object) organ(o)).toList();
  }

  private static Map<String, Object> organ(Organ o) {
    return Model.of().put("nyckel", o.key()).put("namn", o.displayName())
        .put("version", o.currentRevision()).map();
  }

  static Role role(String label) {
    for (Role r : Role.values()) {
      if (r.label().equals(label == null ? "" : label.strip())) {
        return r;
      }
    }
    throw new se.paragraf.web.WebException.BadRequest(
        "Rollen ska vara sekreterare, ledamot eller ersattare.");
  }
}
