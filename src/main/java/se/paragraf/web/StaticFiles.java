package se.paragraf.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** The stylesheet and the one script, from {@code web/static} on the class path; nothing else. */
public final class StaticFiles {
  private static final Map<String, String> FILES = Map.of(
      "paragraf.css", "text/css; charset=utf-8",
      "redigera.js", "text/javascript; charset=utf-8");

  private final Map<String, byte[]> cache;

  public StaticFiles() {
    this.cache = FILES.keySet().stream()
        .collect(java.util.stream.Collectors.toUnmodifiableMap(f -> f, StaticFiles::read));
  }

  public List<Route> routes() {
    return List.of(Route.get("/static/{fil}", Access.PUBLIC, this::serve));
  }

  private void serve(Context ctx) {
    String name = ctx.pathParam("fil");
    byte[] body = cache.get(name);
    if (body == null) {
      throw new WebException.NotFound("Filen finns inte.");
    }
    ctx.header("Cache-Control", "public, max-age=3600");
    ctx.contentType(FILES.get(name));
    ctx.result(body);
  }

  private static byte[] read(String name) {
    try (InputStream in = StaticFiles.class.getResourceAsStream("/web/static/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource web/static/" + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
