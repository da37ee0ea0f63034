package se.paragraf.web.justering;

import static se.paragraf.web.Access.MEDLEM;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.paragraf.model.Arende;
import se.paragraf.model.Reservation;
import se.paragraf.store.SourceKind;
import se.paragraf.web.Route;
import se.paragraf.web.Scope;
import se.paragraf.web.WebApp;
import se.paragraf.web.WebException;
import se.paragraf.web.api.Bodies;
import se.paragraf.web.auth.Viewer;
import se.paragraf.web.view.Docs;
import se.paragraf.web.view.Model;
import se.paragraf.web.view.Views;
import se.paragraf.workflow.service.OpenDocument;
import se.paragraf.workflow.service.SaveResult;

/**
 * A ledamot or ersättare writes the motivation of the reservation the protokoll records for them.
 * Any member of the organ passes the guard; the service refuses (403) a member whose reservation
 * the § does not record.
 */
public final class ReservationRoutes {
  private final WebApp app;

  public ReservationRoutes(WebApp app) {
    this.app = app;
  }

  public List<Route> routes() {
    return List.of(
        Route.post("/dokument/{dok}/reservation", MEDLEM, ctx -> {
          SaveResult r = save(ctx, paragraf(ctx.formParam("paragraf")),
              ctx.formParam("motivering"));
          ctx.redirect("/dokument/" + Scope.document(ctx).id() + "?klart="
              + (r.withdrawn().isEmpty() ? "reservation-sparad" : "reservation-aterkallad"));
        }),
        Route.post("/api/dokument/{dok}/reservation", MEDLEM, ctx -> {
          Map<String, Object> b = Bodies.object(ctx);
          SaveResult r = save(ctx, Bodies.integer(b, "paragraf"), Bodies.string(b, "motivering"));
          Views.json(ctx, Docs.saved(r));
        }));
  }

  /**
   * The §§ of an unsealed protokoll that record a reservation by the viewer's person, each with
   * its current motivering (for the forms on the document page).
   */
  public static List<Object> mine(OpenDocument open, Viewer v) {
    List<Object> out = new ArrayList<>();
    String person = v.personName();
    if (person == null || open.meeting() == null || open.sealed()
        || open.document().kind() != SourceKind.PROTOKOLL || open.document().isOmedelbar()) {
      return out;
    }
    for (Arende a : open.meeting().arenden()) {
      if (a.nummer() == null) {
        continue;
      }
      for (Reservation r : a.reservationer()) {
        if (r.namn().equals(person)) {
          out.add(Model.of().put("paragraf", a.nummer()).put("rubrik", a.rubrik())
              .put("motivering", r.motivering() == null ? "" : r.motivering()).map());
        }
      }
    }
    return out;
  }

  private SaveResult save(Context ctx, Integer paragraf, String motivering) {
    if (paragraf == null) {
      throw new WebException.BadRequest("Ange paragrafen med din reservation.");
    }
    if (motivering == null || motivering.isBlank()) {
      throw new WebException.BadRequest("Skriv motiveringen till reservationen.");
    }
    return app.services().reservationer().reservation(Scope.document(ctx).id(), paragraf,
        motivering, Scope.actor(ctx));
  }

  private static Integer paragraf(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      throw new WebException.BadRequest("Paragrafen ska vara ett nummer.");
    }
  }
}
