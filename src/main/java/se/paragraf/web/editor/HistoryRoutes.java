package se.paragraf.web.editor;

import static se.paragraf.web.Access.SEKRETERARE;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.paragraf.store.Revision;
import se.paragraf.web.Route;
import se.paragraf.web.Errors;
import se.paragraf.web.Scope;
import se.paragraf.web.WebApp;
import se.paragraf.web.WebException;
import se.paragraf.web.view.Docs;
import se.paragraf.web.view.Model;
import se.paragraf.web.view.Views;
import se.paragraf.workflow.service.DiffLine;
import se.paragraf.workflow.service.DocumentSummary;

/** The revision history of a document and the line differences between two revisions. */
public final class HistoryRoutes {
  /** Unchanged lines shown around each change. */
  static final int CONTEXT = 3;

  private final WebApp app;
  private final Views views;

  public HistoryRoutes(WebApp app, Views views) {
    this.app = app;
    this.views = views;
  }

  public List<Route> routes() {
    return List.of(
        Route.get("/dokument/{dok}/versioner", SEKRETERARE, ctx -> page(ctx, "versioner.ftlh",
            "Versioner", history(ctx))),
        Route.get("/dokument/{dok}/skillnad", SEKRETERARE, ctx -> page(ctx, "skillnad.ftlh",
            "Skillnader", diff(ctx))),
        Route.get("/api/dokument/{dok}/versioner", SEKRETERARE, ctx ->
            Views.json(ctx, history(ctx))),
        Route.get("/api/dokument/{dok}/versioner/{nr}", SEKRETERARE, this::apiRevision),
        Route.get("/api/dokument/{dok}/skillnad", SEKRETERARE, ctx -> Views.json(ctx, diff(ctx))));
  }

  private void page(Context ctx, String template, String title, Map<String, Object> m) {
    views.page(ctx, template, title, m);
  }

  private Map<String, Object> history(Context ctx) {
    long id = Scope.document(ctx).id();
    DocumentSummary doc = app.services().meetings().summary(id);
    List<Object> versions = new ArrayList<>();
    List<Revision> all = app.services().meetings().revisions(id);
    for (int i = all.size() - 1; i >= 0; i--) {
      Revision r = all.get(i);
      versions.add(Model.of().put("nummer", r.number()).put("forfattare", r.author())
          .put("sparad", r.createdAt().toString()).put("tecken", r.text().length()).map());
    }
    return Model.of().put("dok", Docs.summary(doc)).put("versioner", versions).map();
  }

  private Map<String, Object> diff(Context ctx) {
    long id = Scope.document(ctx).id();
    DocumentSummary doc = app.services().meetings().summary(id);
    int to = number(ctx.queryParam("till"), doc.revision());
    int from = number(ctx.queryParam("fran"), Math.max(1, to - 1));
    List<DiffLine> diff = app.services().meetings().diff(id, from, to);
    boolean all = "ja".equals(ctx.queryParam("allt")) || Errors.isApiPath(ctx.path());
    List<Object> lines = all ? diff.stream().map(l -> (Object) DiffView.row(l)).toList()
        : DiffView.rows(diff, CONTEXT);
    return Model.of().put("dok", Docs.summary(doc)).put("fran", from).put("till", to)
        .put("senaste", doc.revision()).put("allt", all)
        .put("andrade", diff.stream().filter(l -> l.op() != DiffLine.Op.SAME).count())
        .put("rader", lines).map();
  }

  private void apiRevision(Context ctx) {
    long id = Scope.document(ctx).id();
    int nr = number(ctx.pathParam("nr"), 0);
    Revision r = app.db().revisions().revision(id, nr)
        .orElseThrow(() -> new WebException.NotFound("Versionen finns inte."));
    Views.json(ctx, Model.of().put("nummer", r.number()).put("forfattare", r.author())
        .put("sparad", r.createdAt().toString()).put("text", r.text()).map());
  }

  private static int number(String value, int fallback) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(value.strip());
      if (n > 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw new WebException.BadRequest("Versionsnumret ska vara ett positivt heltal.");
  }
}
