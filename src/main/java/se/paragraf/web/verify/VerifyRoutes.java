package se.paragraf.web.verify;

import static se.paragraf.web.Access.PUBLIC;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import se.paragraf.web.Route;
import se.paragraf.web.WebApp;
import se.paragraf.web.WebException;
import se.paragraf.web.justering.JusteringModel;
import se.paragraf.web.view.Docs;
import se.paragraf.web.view.Model;
import se.paragraf.web.view.Views;
import se.paragraf.workflow.service.Verdict;

/**
 * "Kontrollera protokoll": anyone uploads a DOCX or HTML file and learns whether it is an original
 * rendition of a justerat protokoll.
 */
public final class VerifyRoutes {
  /** Renditions are a few hundred kilobytes; anything near this is not one. */
  public static final long MAX_FILE_BYTES = 5L * 1024 * 1024;

  private final WebApp app;
  private final Views views;

  public VerifyRoutes(WebApp app, Views views) {
    this.app = app;
    this.views = views;
  }

  public List<Route> routes() {
    return List.of(
        Route.get("/kontrollera", PUBLIC, ctx ->
            views.page(ctx, "kontrollera.ftlh", "Kontrollera protokoll", Map.of())),
        Route.post("/kontrollera", PUBLIC, ctx -> views.page(ctx, "kontrollera.ftlh",
            "Kontrollera protokoll", Map.of("resultat", verdict(uploaded(ctx))))),
        Route.post("/api/kontrollera", PUBLIC, ctx -> Views.json(ctx, verdict(
            ctx.isMultipartFormData() ? uploaded(ctx) : ctx.bodyAsBytes()))));
  }

  private Map<String, Object> verdict(byte[] file) {
    if (file.length == 0) {
      throw new WebException.BadRequest("Välj en fil att kontrollera.");
    }
    Verdict v = app.services().verifier().verify(file);
    return Model.of()
        .put("stammer", v.match())
        .put("typ", v.kind())
        .put("sha256", v.sha256())
        .put("meddelande", v.message())
        .put("dokument", Docs.summary(v.document()))
        .put("forsegling", JusteringModel.seal(v.seal()))
        .map();
  }

  private static byte[] uploaded(Context ctx) {
    UploadedFile f = ctx.uploadedFile("fil");
    if (f == null) {
      throw new WebException.BadRequest("Välj en fil att kontrollera.");
    }
    if (f.size() > MAX_FILE_BYTES) {
      throw new WebException.BadRequest("Filen är för stor för att vara ett protokoll (högst 5 MB).");
    }
    try (InputStream in = f.content()) {
      return in.readNBytes((int) MAX_FILE_BYTES + 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
