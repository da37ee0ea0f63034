package se.paragraf.web.editor;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import se.paragraf.workflow.service.Rendition;

/** Sends a rendition as a file download (never shown inline, so it cannot run in our origin). */
public final class Downloads {
  private Downloads() {}

  public static void send(Context ctx, Rendition r) {
    String ascii = r.fileName().replaceAll("[^A-Za-z0-9._-]", "_");
    ctx.header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
        + URLEncoder.encode(r.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
    ctx.header("X-Paragraf-Ursprung", r.origin().name().toLowerCase(java.util.Locale.ROOT));
    ctx.contentType(r.contentType());
    ctx.result(r.bytes());
  }
}
