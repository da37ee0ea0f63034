package se.paragraf.web;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.paragraf.render.RenderException;
import se.paragraf.store.ConflictException;
import se.paragraf.store.InvalidInputException;
import se.paragraf.store.NotFoundException;
import se.paragraf.store.StoreException;
import se.paragraf.web.view.Model;
import se.paragraf.web.view.ProblemList;
import se.paragraf.web.view.Views;
import se.paragraf.workflow.WorkflowException;
import se.paragraf.workflow.service.WorkflowRefusal;

/**
 * The one place where failures become responses: a status and a Swedish message, as a page or,
 * under {@code /api/}, as {@code {"fel": "…"}}. Handlers throw; they never write error pages.
 */
public final class Errors {
  private static final Logger LOG = LoggerFactory.getLogger(Errors.class);
  private static final String HANDLED = "paragraf.error-handled";

  private final Views views;

  public Errors(Views views) {
    this.views = views;
  }

  /** A failure as status and Swedish message. */
  record Failure(int status, String message) {}

  static Failure classify(Exception e) {
    if (e instanceof WebException w) {
      return new Failure(w.status(), w.getMessage());
    }
    if (e instanceof WorkflowRefusal r) {
      return new Failure(r.httpStatus(), r.getMessage());
    }
    if (e instanceof NotFoundException) {
      return new Failure(404, e.getMessage());
    }
    if (e instanceof ConflictException || e instanceof WorkflowException) {
      return new Failure(409, e.getMessage());
    }
    if (e instanceof InvalidInputException) {
      return new Failure(400, e.getMessage());
    }
    if (e instanceof RenderException) {
      return new Failure(422, "Dokumentet kunde inte skapas: " + e.getMessage());
    }
    if (e instanceof StoreException) {
      LOG.error("store failure", e);
      return new Failure(503, e.getMessage());
    }
    if (e instanceof HttpResponseException h) {
      return new Failure(h.getStatus(), messageFor(h.getStatus()));
    }
    LOG.error("unexpected failure", e);
    return new Failure(500, messageFor(500));
  }

  public void handle(Exception e, Context ctx) {
    Failure f = classify(e);
    ctx.attribute(HANDLED, Boolean.TRUE);
    if (isApi(ctx)) {
      Model body = Model.of().put("fel", f.message());
      if (e instanceof WebException.SaveConflict c) {
        body.putAll(c.model());
      }
      if (e instanceof WorkflowRefusal.HasProblems p) {
        body.put("problem", ProblemList.of(p.problems()));
      }
      ctx.status(f.status());
      Views.json(ctx, body.map());
      return;
    }
    if (f.status() == 401) {
      ctx.redirect("/logga-in?nasta=" + URLEncoder.encode(ctx.path(), StandardCharsets.UTF_8));
      return;
    }
    ctx.status(f.status());
    Model m = Model.of().put("status", f.status()).put("fel", f.message());
    try {
      if (e instanceof WebException.SaveConflict c) {
        views.page(ctx, "konflikt.ftlh", "Dokumentet har ändrats", m.putAll(c.model()).map());
        return;
      }
      if (e instanceof WorkflowRefusal.HasProblems p) {
        m.put("problem", ProblemList.of(p.problems()));
      }
      views.page(ctx, "fel.ftlh", titleFor(f.status()), m.map());
    } catch (RuntimeException pageFailed) {
      LOG.error("error page failed", pageFailed);
      ctx.contentType("text/plain; charset=utf-8");
      ctx.result(f.message());
    }
  }

  /** For statuses Javalin sets itself (no route: 404; 405) when no handler wrote a body. */
  public void status(Context ctx) {
    if (Boolean.TRUE.equals(ctx.attribute(HANDLED))) {
      return;
    }
    Failure f = new Failure(ctx.statusCode(), messageFor(ctx.statusCode()));
    if (isApi(ctx)) {
      Views.json(ctx, Map.of("fel", f.message()));
    } else {
      page(ctx, f);
    }
  }

  private void page(Context ctx, Failure f) {
    views.page(ctx, "fel.ftlh", titleFor(f.status()),
        Model.of().put("status", f.status()).put("fel", f.message()).map());
  }

  static boolean isApi(Context ctx) {
    return isApiPath(ctx.path());
  }

  /** Paths under /api/ answer JSON. */
  public static boolean isApiPath(String path) {
    return path.startsWith("/api/") || path.equals("/api");
  }

  static String titleFor(int status) {
    switch (status) {
      case 400: return "Felaktig begäran";
      case 403: return "Ingen behörighet";
      case 404: return "Sidan finns inte";
      case 409: return "Det gick inte att genomföra";
      case 413: return "För stor begäran";
      case 422: return "Dokumentet kunde inte skapas";
      case 429: return "För många försök";
      default: return status >= 500 ? "Tekniskt fel" : "Något gick fel";
    }
  }

  static String messageFor(int status) {
    switch (status) {
      case 400: return "Begäran kunde inte tolkas.";
      case 401: return "Du behöver logga in.";
      case 403: return "Du har inte behörighet till sidan.";
      case 404: return "Sidan finns inte.";
      case 405: return "Sidan finns inte för den metoden.";
      case 413: return "Begäran är för stor (högst 3 MB).";
      default: return status >= 500 ? "Ett tekniskt fel inträffade. Försök igen om en stund."
          : "Begäran kunde inte genomföras.";
    }
  }
}
