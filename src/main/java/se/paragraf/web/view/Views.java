package se.paragraf.web.view;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.paragraf.store.Organ;
import se.paragraf.web.Scope;
import se.paragraf.web.WebApp;
import se.paragraf.web.api.Json;
import se.paragraf.web.auth.Csrf;
import se.paragraf.web.auth.Viewer;

/** Writes pages (layout model added) and JSON bodies. */
public final class Views {
  private final WebApp app;

  public Views(WebApp app) {
    this.app = app;
  }

  /** Renders {@code template} with {@code title} and the page's own model. */
  public void page(Context ctx, String template, String title, Map<String, Object> model) {
    ctx.contentType("text/html; charset=utf-8");
    ctx.result(app.pages().render(template, base(ctx, title).putAll(model).map()));
  }

  public static void json(Context ctx, Object body) {
    ctx.contentType("application/json; charset=utf-8");
    ctx.result(Json.utf8(body));
  }

  /** The layout's model: title, viewer, CSRF token, flash message. */
  public Model base(Context ctx, String title) {
    Viewer v = Scope.viewer(ctx).orElse(null);
    Model m = Model.of()
        .put("titel", title)
        .put("sokvag", ctx.path())
        .put("csrf", Csrf.token(ctx, v, app.config().secureCookies()))
        .put("meddelande", Flash.message(ctx.queryParam("klart")));
    if (v != null) {
      m.put("inloggad", viewerModel(v));
    }
    return m;
  }

  private Map<String, Object> viewerModel(Viewer v) {
    List<Object> organs = new ArrayList<>();
    for (String key : v.organs()) {
      String name = app.db().organs().organ(key).map(Organ::displayName).orElse(key);
      organs.add(Model.of().put("nyckel", key).put("namn", name).map());
    }
    return Model.of()
        .put("namn", v.name())
        .put("anvandarnamn", v.user().username())
        .put("admin", v.isAdmin())
        .put("organ", organs)
        .map();
  }
}
