package se.paragraf.web.anslag;

import static se.paragraf.web.Access.PUBLIC;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import se.paragraf.store.Organ;
import se.paragraf.web.Route;
import se.paragraf.web.Scope;
import se.paragraf.web.SecurityHeaders;
import se.paragraf.web.WebApp;
import se.paragraf.web.WebException;
import se.paragraf.web.editor.Downloads;
import se.paragraf.web.view.Docs;
import se.paragraf.web.view.Model;
import se.paragraf.web.view.Views;
import se.paragraf.workflow.service.Notice;
import se.paragraf.workflow.service.PublicProtokoll;
import se.paragraf.workflow.service.Rendition;

/**
 * The public side: the organ's digital anslagstavla, its archive and the justerade protokoll as
 * public copies (§§ under sekretess as stubs). Nothing unsealed is reachable here.
 */
public final class AnslagRoutes {
  private final WebApp app;
  private final Views views;

  public AnslagRoutes(WebApp app, Views views) {
    this.app = app;
    this.views = views;
  }

  public List<Route> routes() {
    return List.of(
        Route.get("/anslagstavla/{organ}", PUBLIC, ctx -> views.page(ctx, "anslagstavla.ftlh",
            "Anslagstavla – " + Scope.organ(ctx).displayName(), board(ctx, false))),
        Route.get("/anslagstavla/{organ}/arkiv", PUBLIC, ctx -> views.page(ctx,
            "anslagstavla.ftlh", "Arkiv – " + Scope.organ(ctx).displayName(), board(ctx, true))),
        Route.get("/anslagstavla/{organ}/protokoll/{dok}", PUBLIC, this::publicCopy),
        Route.get("/anslagstavla/{organ}/protokoll/{dok}/ladda-ner/{format}", PUBLIC,
            this::publicDownload),
        Route.get("/api/anslagstavla/{organ}", PUBLIC, ctx -> Views.json(ctx, board(ctx, false))),
        Route.get("/api/anslagstavla/{organ}/arkiv", PUBLIC,
            ctx -> Views.json(ctx, board(ctx, true))));
  }

  /** The notices up today (or all, for the archive) and the published protokoll. */
  private Map<String, Object> board(Context ctx, boolean archive) {
    Organ o = Scope.organ(ctx);
    List<Notice> notices = archive ? app.services().anslagstavla().archive(o.key())
        : app.services().anslagstavla().board(o.key());
    List<PublicProtokoll> published = app.services().anslagstavla().publicProtokoll(o.key());
    return Model.of()
        .put("organ", Model.of().put("nyckel", o.key()).put("namn", o.displayName()).map())
        .put("arkiv", archive)
        .put("idag", app.today().toString())
        .put("anslag", notices.stream().map(n -> (Object) notice(n)).toList())
        .put("protokoll", published.stream().map(p -> (Object) published(p)).toList())
        .map();
  }

  static Map<String, Object> notice(Notice n) {
    return Model.of()
        .put("dokumentId", n.documentId())
        .put("organisation", n.organisation())
        .put("organ", n.organ())
        .put("sammantradesdatum", Docs.iso(n.sammantradesdatum()))
        .put("sammantradesdatumText", Docs.text(n.sammantradesdatum()))
        .put("justerat", Docs.iso(n.justerat()))
        .put("uppsatt", Docs.iso(n.uppsatt()))
        .put("nedtas", Docs.iso(n.nedtas()))
        .put("sistaDagForOverklagande", Docs.iso(n.sistaDagForOverklagande()))
        .put("forvaringsplats", n.forvaringsplats())
        .put("omedelbar", n.omedelbar())
        .put("uppe", n.onBoard())
        .map();
  }

  static Map<String, Object> published(PublicProtokoll p) {
    return Model.of()
        .put("dokumentId", p.documentId())
        .put("datum", Docs.iso(p.datum()))
        .put("datumText", Docs.text(p.datum()))
        .put("justerat", Docs.iso(p.justerat()))
        .put("paragrafer", p.paragrafer())
        .put("omedelbar", p.omedelbar())
        .map();
  }

  private void publicCopy(Context ctx) {
    Rendition r = app.services().anslagstavla().publicCopy(Scope.document(ctx).id(), "html");
    SecurityHeaders.document(ctx);
    ctx.contentType(r.contentType());
    ctx.result(r.bytes());
  }

  private void publicDownload(Context ctx) {
    String format = ctx.pathParam("format");
    if (!format.equals("html") && !format.equals("docx")) {
      throw new WebException.NotFound("Formatet finns inte; välj html eller docx.");
    }
    Downloads.send(ctx, app.services().anslagstavla().publicCopy(Scope.document(ctx).id(), format));
  }
}
