package se.paragraf.web.organ;

import static se.paragraf.web.Access.SEKRETERARE;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import se.paragraf.store.Organ;
import se.paragraf.store.StoredDocument;
import se.paragraf.web.Route;
import se.paragraf.web.Scope;
import se.paragraf.web.WebApp;
import se.paragraf.web.view.Model;
import se.paragraf.web.view.Views;
import se.paragraf.workflow.service.AuditLine;

/** The append-only log of every action on the organ's documents, for its sekreterare. */
public final class AuditRoutes {
  private static final java.time.format.DateTimeFormatter TIME =
      java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
          .withZone(se.paragraf.workflow.service.Services.ZONE);

  /** Entries shown unless all are asked for. */
  static final int PAGE = 200;

  private final WebApp app;
  private final Views views;

  public AuditRoutes(WebApp app, Views views) {
    this.app = app;
    this.views = views;
  }

  public List<Route> routes() {
    return List.of(
        Route.get("/organ/{organ}/logg", SEKRETERARE, ctx -> views.page(ctx, "logg.ftlh",
            "Händelselogg – " + Scope.organ(ctx).displayName(), model(ctx))),
        Route.get("/api/organ/{organ}/logg", SEKRETERARE, ctx -> Views.json(ctx, model(ctx))));
  }

  private Map<String, Object> model(Context ctx) {
    Organ o = Scope.organ(ctx);
    List<Long> ids = new ArrayList<>();
    ids.add(o.sourceDocumentId());
    Map<Long, String> names = new java.util.HashMap<>();
    names.put(o.sourceDocumentId(), "Organprofil");
    for (StoredDocument d : app.db().documents().documents(o.key())) {
      ids.add(d.id());
      names.put(d.id(), (d.kind().label().equals("kallelse") ? "Kallelse " : "Protokoll ")
          + d.meetingDate());
    }
    List<AuditLine> lines = new ArrayList<>();
    for (long id : ids) {
      lines.addAll(app.services().audit().forDocument(id));
    }
    lines.sort(Comparator.comparingLong(AuditLine::id).reversed());
    boolean all = "ja".equals(ctx.queryParam("alla"));
    int shown = all ? lines.size() : Math.min(lines.size(), PAGE);
    List<Object> out = new ArrayList<>();
    for (AuditLine l : lines.subList(0, shown)) {
      out.add(Model.of()
          .put("id", l.id())
          .put("tid", TIME.format(l.at()))
          .put("vem", l.actor())
          .put("atgard", l.action())
          .put("atgardText", l.actionText())
          .put("dokumentId", l.documentId())
          .put("dokument", names.get(l.documentId()))
          .put("detalj", l.detail())
          .map());
    }
    return Model.of()
        .put("organ", Model.of().put("nyckel", o.key()).put("namn", o.displayName()).map())
        .put("handelser", out)
        .put("fler", lines.size() - shown)
        .map();
  }
}
