package se.paragraf.web.justering;

import static se.paragraf.web.Access.SEKRETERARE;
import static se.paragraf.web.Access.SEKRETERARE_ELLER_UNDERTECKNARE;
import static se.paragraf.web.Access.UNDERTECKNARE;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.paragraf.model.Arende;
import se.paragraf.store.ChangeProposal;
import se.paragraf.store.StoredDocument;
import se.paragraf.web.Route;
import se.paragraf.web.Scope;
import se.paragraf.web.WebApp;
import se.paragraf.web.WebException;
import se.paragraf.web.api.Bodies;
import se.paragraf.web.auth.Login;
import se.paragraf.web.auth.Signers;
import se.paragraf.web.auth.Viewer;
import se.paragraf.web.view.Model;
import se.paragraf.web.view.Views;
import se.paragraf.workflow.service.JusteringView;
import se.paragraf.workflow.service.OpenDocument;
import se.paragraf.workflow.service.SignResult;

/**
 * The justering page: the ordförande and the justerare read the protokoll, leave ändringsförslag
 * and sign with their password; the sekreterare answers and follows the signatures.
 */
public final class JusteringRoutes {
  private final WebApp app;
  private final Views views;
  private final Login login;

  public JusteringRoutes(WebApp app, Views views) {
    this.app = app;
    this.views = views;
    this.login = new Login(app);
  }

  public List<Route> routes() {
    return List.of(
        Route.get("/dokument/{dok}/justering", SEKRETERARE_ELLER_UNDERTECKNARE, this::page),
        Route.post("/dokument/{dok}/forslag", UNDERTECKNARE, ctx -> {
          propose(ctx, paragraf(ctx.formParam("paragraf")), ctx.formParam("text"));
          redirect(ctx, "forslag-lamnat");
        }),
        Route.post("/dokument/{dok}/forslag/{forslag}/svar", SEKRETERARE, ctx -> {
          answer(ctx, ctx.formParam("svar"));
          redirect(ctx, "forslag-besvarat");
        }),
        Route.post("/dokument/{dok}/justera", UNDERTECKNARE, ctx -> {
          SignResult r = sign(ctx, ctx.formParam("losenord"), ctx.formParam("version"));
          redirect(ctx, r.sealed() ? "forseglat" : "justerat");
        }),
        Route.get("/api/dokument/{dok}/justering", SEKRETERARE_ELLER_UNDERTECKNARE,
            ctx -> Views.json(ctx, model(ctx))),
        Route.post("/api/dokument/{dok}/forslag", UNDERTECKNARE, ctx -> {
          Map<String, Object> b = Bodies.object(ctx);
          ctx.status(201);
          Views.json(ctx, JusteringModel.proposal(
              propose(ctx, Bodies.integer(b, "paragraf"), Bodies.string(b, "text"))));
        }),
        Route.post("/api/dokument/{dok}/forslag/{forslag}/svar", SEKRETERARE, ctx ->
            Views.json(ctx, JusteringModel.proposal(
                answer(ctx, Bodies.string(Bodies.object(ctx), "svar"))))),
        Route.post("/api/dokument/{dok}/justera", UNDERTECKNARE, ctx -> {
              Map<String, Object> b = Bodies.object(ctx);
              Integer v = Bodies.integer(b, "version");
              SignResult r = sign(ctx, Bodies.string(b, "losenord"),
                  v == null ? null : String.valueOf(v));
              Views.json(ctx, Model.of()
                  .put("underskrift", JusteringModel.signature(r.signature()))
                  .put("forseglat", r.sealed())
                  .put("forsegling", JusteringModel.seal(r.seal()))
                  .map());
            }));
  }

  private void page(Context ctx) {
    Map<String, Object> m = model(ctx);
    views.page(ctx, "justering.ftlh", "Justering", m);
  }

  /** The justering with what this viewer may do on it. */
  private Map<String, Object> model(Context ctx) {
    StoredDocument doc = Scope.document(ctx);
    Viewer v = Scope.requireViewer(ctx);
    JusteringView j = app.services().justering().view(doc.id());
    OpenDocument open = app.services().meetings().open(doc.id());
    boolean signer = Signers.isSigner(app.db(), doc.id(), v);
    Model m = Model.of().putAll(JusteringModel.of(j))
        .put("version", open.revision().number())
        .put("paragrafer", paragrafer(open))
        .put("sekreterare", v.isSekreterare(doc.organKey()))
        .put("undertecknare", signer)
        .put("organNamn", Scope.organ(ctx).displayName());
    if (v.personName() != null) {
      j.pendingFor(v.personName()).ifPresent(s -> m.put("minBegaran", JusteringModel.signature(s)));
    }
    return m.map();
  }

  private static List<Object> paragrafer(OpenDocument open) {
    List<Object> out = new ArrayList<>();
    if (open.meeting() == null) {
      return out;
    }
    for (Arende a : open.meeting().arenden()) {
      if (a.nummer() != null) {
        out.add(Model.of().put("nummer", a.nummer()).put("rubrik", a.rubrik()).map());
      }
    }
    return out;
  }

  private ChangeProposal propose(Context ctx, Integer paragraf, String text) {
    if (text == null || text.isBlank()) {
      throw new WebException.BadRequest("Skriv ändringsförslaget.");
    }
    return app.services().justering().propose(Scope.document(ctx).id(), paragraf, text.strip(),
        Scope.actor(ctx));
  }

  private ChangeProposal answer(Context ctx, String text) {
    if (text == null || text.isBlank()) {
      throw new WebException.BadRequest("Skriv ett svar på ändringsförslaget.");
    }
    long proposal = se.paragraf.web.auth.Guard.id(ctx.pathParam("forslag"));
    return app.services().justering().answer(Scope.document(ctx).id(), proposal, text.strip(),
        Scope.actor(ctx));
  }

  /** Signs after the password is confirmed again (throttled like a login). */
  private SignResult sign(Context ctx, String password, String version) {
    int revision;
    try {
      revision = Integer.parseInt(version == null ? "" : version.strip());
    } catch (NumberFormatException e) {
      throw new WebException.BadRequest("Versionen du läste saknas.");
    }
    Viewer v = Scope.requireViewer(ctx);
    if (!login.confirmPassword(ctx, v, password)) {
      throw new WebException.Forbidden("Fel lösenord. Justeringen är inte registrerad.");
    }
    return app.services().justering().sign(Scope.document(ctx).id(), revision, password,
        Scope.actor(ctx));
  }

  private static Integer paragraf(String value) {
    if (value == null || value.isBlank() || value.equals("hela")) {
      return null;
    }
    try {
      return Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      throw new WebException.BadRequest("Välj en paragraf eller hela protokollet.");
    }
  }

  private static void redirect(Context ctx, String flash) {
    ctx.redirect("/dokument/" + Scope.document(ctx).id() + "/justering?klart=" + flash);
  }
}
