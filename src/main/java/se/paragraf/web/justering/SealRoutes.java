package se.paragraf.web.justering;

import static se.paragraf.web.Access.MEDLEM;
import static se.paragraf.web.Access.SEKRETERARE;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.paragraf.model.Arende;
import se.paragraf.store.StoredDocument;
import se.paragraf.web.Route;
import se.paragraf.web.Scope;
import se.paragraf.web.WebApp;
import se.paragraf.web.WebException;
import se.paragraf.web.api.Bodies;
import se.paragraf.web.editor.Downloads;
import se.paragraf.web.view.Model;
import se.paragraf.web.view.Views;
import se.paragraf.workflow.service.JusteringView;
import se.paragraf.workflow.service.OpenDocument;

/** A justerat protokoll: its seal, the original renditions, and certified utdrag. */
public final class SealRoutes {
  private final WebApp app;
  private final Views views;

  public SealRoutes(WebApp app, Views views) {
    this.app = app;
    this.views = views;
  }

  public List<Route> routes() {
    return List.of(
        Route.get("/dokument/{dok}/forseglat", MEDLEM, ctx ->
            views.page(ctx, "forseglat.ftlh", "Justerat protokoll", model(ctx))),
        Route.post("/dokument/{dok}/utdrag", SEKRETERARE, ctx ->
            utdrag(ctx, numbers(ctx.formParams("paragraf")), ctx.formParam("format"))),
        Route.get("/api/dokument/{dok}/forsegling", MEDLEM, ctx -> Views.json(ctx, model(ctx))),
        Route.post("/api/dokument/{dok}/utdrag", SEKRETERARE, ctx -> {
          Map<String, Object> b = Bodies.object(ctx);
          utdrag(ctx, Bodies.integers(b, "paragrafer"), Bodies.string(b, "format"));
        }));
  }

  private Map<String, Object> model(Context ctx) {
    StoredDocument doc = Scope.document(ctx);
    JusteringView j = app.services().justering().view(doc.id());
    if (j.seal() == null) {
      throw new WebException(409, "Protokollet är inte justerat ännu.");
    }
    OpenDocument open = app.services().meetings().open(doc.id());
    List<Object> paragrafer = new ArrayList<>();
    if (open.meeting() != null) {
      for (Arende a : open.meeting().arenden()) {
        if (a.nummer() != null) {
          paragrafer.add(Model.of().put("nummer", a.nummer()).put("rubrik", a.rubrik()).map());
        }
      }
    }
    return Model.of().putAll(JusteringModel.of(j))
        .put("paragrafLista", paragrafer)
        .put("sekreterare", Scope.requireViewer(ctx).isSekreterare(doc.organKey()))
        .put("organNamn", Scope.organ(ctx).displayName())
        .map();
  }

  private void utdrag(Context ctx, List<Integer> paragrafer, String format) {
    if (paragrafer.isEmpty()) {
      throw new WebException.BadRequest("Välj minst en paragraf till utdraget.");
    }
    String f = format == null || format.isBlank() ? "docx" : format.strip();
    if (!f.equals("docx") && !f.equals("html")) {
      throw new WebException.BadRequest("Välj formatet docx eller html.");
    }
    Downloads.send(ctx, app.services().utdrag().utdrag(Scope.document(ctx).id(), paragrafer, f,
        Scope.actor(ctx)));
  }

  private static List<Integer> numbers(List<String> values) {
    List<Integer> out = new ArrayList<>();
    for (String v : values) {
      try {
        out.add(Integer.valueOf(v.strip()));
      } catch (NumberFormatException e) {
        throw new WebException.BadRequest("Paragrafnumret \"" + v + "\" är inte ett heltal.");
      }
    }
    return out;
  }
}
