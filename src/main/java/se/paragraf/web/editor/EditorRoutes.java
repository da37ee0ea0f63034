package se.paragraf.web.editor;

import static se.paragraf.web.Access.MEDLEM;
import static se.paragraf.web.Access.SEKRETERARE;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import se.paragraf.store.StoredDocument;
import se.paragraf.web.Route;
import se.paragraf.web.Scope;
import se.paragraf.web.SecurityHeaders;
import se.paragraf.web.WebApp;
import se.paragraf.web.WebException;
import se.paragraf.web.api.Bodies;
import se.paragraf.web.justering.ReservationRoutes;
import se.paragraf.web.view.Docs;
import se.paragraf.web.view.Model;
import se.paragraf.web.view.ProblemList;
import se.paragraf.web.view.Views;
import se.paragraf.workflow.service.Meetings;
import se.paragraf.workflow.service.OpenDocument;
import se.paragraf.workflow.service.Rendition;
import se.paragraf.workflow.service.SaveResult;
import se.paragraf.workflow.service.WorkflowRefusal;

/** The document page (editor for the sekreterare, reader for members), save, preview, downloads. */
public final class EditorRoutes {
  private final WebApp app;
  private final Views views;
  private final EditorModel model;

  public EditorRoutes(WebApp app, Views views) {
    this.app = app;
    this.views = views;
    this.model = new EditorModel(app);
  }

  public List<Route> routes() {
    return List.of(
        Route.get("/dokument/{dok}", MEDLEM, this::page),
        Route.post("/dokument/{dok}", SEKRETERARE, this::saveForm),
        Route.post("/dokument/{dok}/forhandsgranska", SEKRETERARE, this::previewForm),
        Route.get("/dokument/{dok}/visa", MEDLEM, this::show),
        Route.get("/dokument/{dok}/ladda-ner/{format}", MEDLEM, this::download),
        Route.get("/api/dokument/{dok}", MEDLEM, this::apiOpen),
        Route.post("/api/dokument/{dok}", SEKRETERARE, this::apiSave),
        Route.post("/api/dokument/{dok}/forhandsgranska", SEKRETERARE, this::apiPreview));
  }

  private void page(Context ctx) {
    StoredDocument doc = Scope.document(ctx);
    boolean sek = Scope.requireViewer(ctx).isSekreterare(doc.organKey());
    OpenDocument open = app.services().meetings().open(doc.id());
    render(ctx, model.saved(open, sek).put("minaReservationer",
        ReservationRoutes.mine(open, Scope.requireViewer(ctx))));
  }

  private void render(Context ctx, Model m) {
    @SuppressWarnings("unchecked")
    Map<String, Object> d = (Map<String, Object>) m.map().get("dok");
    // the preview frame inherits this page's policy and the document carries its own styles
    ctx.header("Content-Security-Policy", SecurityHeaders.CSP_WITH_DOCUMENT_STYLES);
    views.page(ctx, "dokument.ftlh", d.get("typText") + " " + d.get("datum"),
        m.put("organNamn", Scope.organ(ctx).displayName()).map());
  }

  private void saveForm(Context ctx) {
    long id = Scope.document(ctx).id();
    int base = revision(ctx.formParam("basversion"));
    String text = requireText(ctx.formParam("text"));
    SaveResult r = save(ctx, id, base, text);
    ctx.redirect("/dokument/" + id + "?klart=" + (r == null ? "oforandrad" : "sparad"));
  }

  /** Saves, or returns null when the text equals the base revision (no empty revisions). */
  private SaveResult save(Context ctx, long id, int base, String text) {
    OpenDocument open = app.services().meetings().open(id);
    if (open.revision().number() == base && open.text().equals(text)) {
      return null;
    }
    try {
      return app.services().meetings().save(id, base, text, Scope.actor(ctx));
    } catch (WorkflowRefusal.StaleSave e) {
      throw new WebException.SaveConflict(e.getMessage(), Model.of()
          .put("dok", Docs.summary(open.document()))
          .put("basversion", e.baseRevision())
          .put("aktuell", Model.of()
              .put("version", e.current().number())
              .put("forfattare", e.current().author())
              .put("sparad", e.current().createdAt().toString())
              .put("text", e.current().text()).map())
          .put("din", e.mine())
          .map());
    }
  }

  private void previewForm(Context ctx) {
    StoredDocument doc = Scope.document(ctx);
    OpenDocument open = app.services().meetings().open(doc.id());
    String text = requireText(ctx.formParam("text"));
    int base = revision(ctx.formParam("basversion"));
    render(ctx, model.unsaved(open.document(), base, text, open.sealed()));
  }

  /** The rendered HTML of the latest revision, alone and sandboxed (for the reader's frame). */
  private void show(Context ctx) {
    Rendition r = app.services().meetings().rendition(Scope.document(ctx).id(), "html");
    SecurityHeaders.document(ctx);
    ctx.contentType(r.contentType());
    ctx.result(r.bytes());
  }

  private void download(Context ctx) {
    String format = ctx.pathParam("format");
    if (!List.of("html", "docx", "md").contains(format)) {
      throw new WebException.NotFound("Formatet finns inte; välj html, docx eller md.");
    }
    Downloads.send(ctx, app.services().meetings().rendition(Scope.document(ctx).id(), format));
  }

  private void apiOpen(Context ctx) {
    OpenDocument open = app.services().meetings().open(Scope.document(ctx).id());
    Views.json(ctx, Model.of()
        .put("dokument", Docs.summary(open.document()))
        .put("version", open.revision().number())
        .put("text", open.text())
        .put("problem", ProblemList.of(open.problems()))
        .put("forseglat", open.sealed())
        .put("atgarder", EditorModel.actions(open, open.sealed()))
        .map());
  }

  private void apiSave(Context ctx) {
    Map<String, Object> b = Bodies.object(ctx);
    Integer base = Bodies.integer(b, "basversion");
    if (base == null) {
      throw new WebException.BadRequest("Fältet \"basversion\" saknas.");
    }
    long id = Scope.document(ctx).id();
    SaveResult r = save(ctx, id, base, requireText(Bodies.string(b, "text")));
    if (r == null) {
      apiOpen(ctx);
      return;
    }
    Views.json(ctx, Docs.saved(r));
  }

  private void apiPreview(Context ctx) {
    String text = requireText(Bodies.string(Bodies.object(ctx), "text"));
    StoredDocument doc = Scope.document(ctx);
    Meetings.Preview p = app.services().meetings().checkAndPreview(doc, text, "html");
    Views.json(ctx, Model.of()
        .put("html", p.rendered() == null ? null : new String(p.rendered(), StandardCharsets.UTF_8))
        .put("problem", ProblemList.of(p.checked().problems()))
        .map());
  }

  static String requireText(String text) {
    if (text == null) {
      throw new WebException.BadRequest("Texten saknas.");
    }
    if (text.length() > 700_000 && text.getBytes(StandardCharsets.UTF_8).length > 2 * 1024 * 1024) {
      throw new WebException.BadRequest("Texten är större än 2 MB.");
    }
    return text;
  }

  static int revision(String value) {
    try {
      return Integer.parseInt(value == null ? "" : value.strip());
    } catch (NumberFormatException e) {
      throw new WebException.BadRequest("Versionen saknas eller är ogiltig.");
    }
  }
}
