package se.paragraf.web.organ;

import static se.paragraf.web.Access.INLOGGAD;
import static se.paragraf.web.Access.MEDLEM;
import static se.paragraf.web.Access.PUBLIC;
import static se.paragraf.web.Access.SEKRETERARE;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.paragraf.store.Organ;
import se.paragraf.web.Route;
import se.paragraf.web.Scope;
import se.paragraf.web.WebApp;
import se.paragraf.web.WebException;
import se.paragraf.web.api.Bodies;
import se.paragraf.web.auth.Viewer;
import se.paragraf.web.view.Docs;
import se.paragraf.web.view.Model;
import se.paragraf.web.view.Views;
import se.paragraf.workflow.service.DocumentSummary;
import se.paragraf.workflow.service.MeetingOverview;

/** The start page, the organ page with the year's meetings, and a new kallelse. */
public final class OrganRoutes {
  private final WebApp app;
  private final Views views;

  public OrganRoutes(WebApp app, Views views) {
    this.app = app;
    this.views = views;
  }

  public List<Route> routes() {
    return List.of(
        Route.get("/", PUBLIC, this::startPage),
        Route.get("/organ/{organ}", MEDLEM, this::organPage),
        Route.post("/organ/{organ}/kallelse", SEKRETERARE, this::newKallelseForm),
        Route.get("/api/organ", INLOGGAD, ctx -> Views.json(ctx, Map.of("organ", myOrgans(ctx),
            "attJustera", toSign(ctx)))),
        Route.get("/api/organ/{organ}", MEDLEM, ctx -> Views.json(ctx, organModel(ctx))),
        Route.post("/api/organ/{organ}/kallelse", SEKRETERARE, this::newKallelseApi));
  }

  private void startPage(Context ctx) {
    Model m = Model.of().put("allaOrgan", allOrgans());
    Optional<Viewer> v = Scope.viewer(ctx);
    if (v.isPresent()) {
      m.put("minaOrgan", myOrgans(ctx));
      m.put("attJustera", toSign(ctx));
    }
    views.page(ctx, "start.ftlh", "Paragraf", m.map());
  }

  /** The documents waiting for the viewer's signature. */
  private List<Object> toSign(Context ctx) {
    return Docs.summaries(app.services().justering().toSign(Scope.actor(ctx)));
  }

  private List<Object> allOrgans() {
    List<Object> out = new ArrayList<>();
    for (Organ o : app.db().organs().organs()) {
      out.add(Model.of().put("nyckel", o.key()).put("namn", o.displayName()).map());
    }
    return out;
  }

  private List<Object> myOrgans(Context ctx) {
    Viewer v = Scope.requireViewer(ctx);
    List<Object> out = new ArrayList<>();
    for (String key : v.organs()) {
      Organ o = app.db().organs().organ(key).orElse(null);
      if (o == null) {
        continue;
      }
      List<String> roles = v.roles().stream().filter(r -> r.organKey().equals(key))
          .map(r -> r.role().label()).toList();
      out.add(Model.of().put("nyckel", key).put("namn", o.displayName()).put("roller", roles)
          .put("sekreterare", v.isSekreterare(key)).map());
    }
    return out;
  }

  private void organPage(Context ctx) {
    Map<String, Object> m = organModel(ctx);
    views.page(ctx, "organ.ftlh", Scope.organ(ctx).displayName(), m);
  }

  /** The organ, the chosen year's meetings with their documents and what is due. */
  Map<String, Object> organModel(Context ctx) {
    Organ o = Scope.organ(ctx);
    List<Integer> years = app.services().meetings().years(o.key());
    int year = year(ctx.queryParam("ar"), years);
    List<Object> meetings = new ArrayList<>();
    for (MeetingOverview mo : app.services().meetings().year(o.key(), year)) {
      meetings.add(meeting(mo));
    }
    return Model.of()
        .put("organ", Model.of().put("nyckel", o.key()).put("namn", o.displayName()).map())
        .put("ar", year)
        .put("arLista", years)
        .put("idag", app.today().toString())
        .put("moten", meetings)
        .put("sekreterare", Scope.requireViewer(ctx).isSekreterare(o.key()))
        .map();
  }

  private int year(String asked, List<Integer> years) {
    if (asked != null) {
      try {
        int y = Integer.parseInt(asked);
        if (y >= 1900 && y <= 2999) {
          return y;
        }
      } catch (NumberFormatException e) {
        // an unreadable year shows the default one
      }
      throw new WebException.BadRequest("Året ska skrivas med fyra siffror, till exempel 2025.");
    }
    int current = app.today().getYear();
    return years.isEmpty() || years.contains(current) ? current : years.get(0);
  }

  private static Map<String, Object> meeting(MeetingOverview mo) {
    return Model.of()
        .put("datum", Docs.iso(mo.datum()))
        .put("datumText", Docs.text(mo.datum()))
        .put("kallelse", Docs.summary(mo.kallelse()))
        .put("protokoll", Docs.summary(mo.protokoll()))
        .put("omedelbara", Docs.summaries(mo.omedelbara()))
        .put("anslag", Docs.anslag(mo.anslag()))
        .put("attGora", mo.due().stream().map(d -> (Object) Docs.due(d)).toList())
        .map();
  }

  private void newKallelseForm(Context ctx) {
    DocumentSummary d = newKallelse(ctx, ctx.formParam("datum"), ctx.formParam("tid"),
        ctx.formParam("plats"));
    ctx.redirect("/dokument/" + d.id() + "?klart=kallelse-skapad");
  }

  private void newKallelseApi(Context ctx) {
    Map<String, Object> b = Bodies.object(ctx);
    DocumentSummary d = newKallelse(ctx, Bodies.string(b, "datum"), Bodies.string(b, "tid"),
        Bodies.string(b, "plats"));
    ctx.status(201);
    Views.json(ctx, Docs.summary(d));
  }

  private DocumentSummary newKallelse(Context ctx, String datum, String tid, String plats) {
    LocalDate date;
    try {
      date = LocalDate.parse(datum == null ? "" : datum.strip());
    } catch (DateTimeParseException e) {
      throw new WebException.BadRequest("Ange sammanträdets datum som ÅÅÅÅ-MM-DD.");
    }
    return app.services().kallelser().create(Scope.organ(ctx).key(), date,
        blankToNull(tid), blankToNull(plats), Scope.actor(ctx));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
