package se.paragraf.web.editor;

import static se.paragraf.web.Access.SEKRETERARE;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import se.paragraf.web.Route;
import se.paragraf.web.Scope;
import se.paragraf.web.WebApp;
import se.paragraf.web.WebException;
import se.paragraf.web.api.Bodies;
import se.paragraf.web.justering.JusteringModel;
import se.paragraf.web.view.Docs;
import se.paragraf.web.view.Views;
import se.paragraf.workflow.service.DocumentSummary;
import se.paragraf.workflow.service.JusteringView;
import se.paragraf.workflow.service.SendResult;

/**
 * The sekreterare's workflow buttons: Skicka kallelse, Skapa protokoll, Skicka på justering,
 * omedelbar justering and taking a protokoll back from justering. Each names the revision the
 * sekreterare saw, so a button never acts on a text nobody looked at.
 */
public final class ActionRoutes {
  private final WebApp app;

  public ActionRoutes(WebApp app) {
    this.app = app;
  }

  public List<Route> routes() {
    return List.of(
        Route.post("/dokument/{dok}/skicka-kallelse", SEKRETERARE, ctx -> {
          sendKallelse(ctx, EditorRoutes.revision(ctx.formParam("version")));
          done(ctx, "/dokument/" + id(ctx), "kallelse-skickad");
        }),
        Route.post("/dokument/{dok}/skapa-protokoll", SEKRETERARE, ctx -> {
          DocumentSummary p = createProtokoll(ctx);
          done(ctx, "/dokument/" + p.id(), "protokoll-skapat");
        }),
        Route.post("/dokument/{dok}/skicka-pa-justering", SEKRETERARE, ctx -> {
          sendToJustering(ctx, EditorRoutes.revision(ctx.formParam("version")));
          done(ctx, "/dokument/" + id(ctx) + "/justering", "pa-justering");
        }),
        Route.post("/dokument/{dok}/omedelbar-justering", SEKRETERARE, ctx -> {
          DocumentSummary part = omedelbar(ctx, EditorRoutes.revision(ctx.formParam("version")));
          done(ctx, "/dokument/" + part.id() + "/justering", "pa-justering");
        }),
        Route.post("/dokument/{dok}/aterkalla", SEKRETERARE, ctx -> {
          recall(ctx, ctx.formParam("skal"));
          done(ctx, "/dokument/" + id(ctx), "sparad");
        }),
        Route.post("/api/dokument/{dok}/skicka-kallelse", SEKRETERARE, ctx -> {
          SendResult r = sendKallelse(ctx, apiRevision(ctx));
          Views.json(ctx, Map.of("dokument", Docs.summary(r.document()),
              "skickadVersion", r.copy().revision(), "skickad", r.copy().sentAt().toString()));
        }),
        Route.post("/api/dokument/{dok}/skapa-protokoll", SEKRETERARE, ctx -> {
          ctx.status(201);
          Views.json(ctx, Docs.summary(createProtokoll(ctx)));
        }),
        Route.post("/api/dokument/{dok}/skicka-pa-justering", SEKRETERARE, ctx ->
            Views.json(ctx, JusteringModel.of(sendToJustering(ctx, apiRevision(ctx))))),
        Route.post("/api/dokument/{dok}/omedelbar-justering", SEKRETERARE, ctx -> {
          ctx.status(201);
          Views.json(ctx, Docs.summary(omedelbar(ctx, apiRevision(ctx))));
        }),
        Route.post("/api/dokument/{dok}/aterkalla", SEKRETERARE, ctx ->
            Views.json(ctx, JusteringModel.of(
                recall(ctx, Bodies.string(Bodies.object(ctx), "skal"))))));
  }

  private static long id(Context ctx) {
    return Scope.document(ctx).id();
  }

  private static void done(Context ctx, String path, String flash) {
    ctx.redirect(path + "?klart=" + flash);
  }

  private static int apiRevision(Context ctx) {
    Integer v = Bodies.integer(Bodies.object(ctx), "version");
    if (v == null) {
      throw new WebException.BadRequest("Fältet \"version\" saknas.");
    }
    return v;
  }

  private SendResult sendKallelse(Context ctx, int revision) {
    return app.services().kallelser().send(id(ctx), revision, Scope.actor(ctx));
  }

  private DocumentSummary createProtokoll(Context ctx) {
    return app.services().protokoll().create(id(ctx), Scope.actor(ctx));
  }

  private JusteringView sendToJustering(Context ctx, int revision) {
    return app.services().justering().send(id(ctx), revision, Scope.actor(ctx));
  }

  private DocumentSummary omedelbar(Context ctx, int revision) {
    return app.services().justering().omedelbarJustering(id(ctx), revision, Scope.actor(ctx));
  }

  private JusteringView recall(Context ctx, String reason) {
    if (reason == null || reason.isBlank()) {
      throw new WebException.BadRequest("Ange varför protokollet tas tillbaka från justering.");
    }
    return app.services().justering().recall(id(ctx), reason.strip(), Scope.actor(ctx));
  }
}
