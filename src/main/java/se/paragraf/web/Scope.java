package se.paragraf.web;

import io.javalin.http.Context;
import java.util.Optional;
import se.paragraf.store.Organ;
import se.paragraf.store.StoredDocument;
import se.paragraf.web.auth.Viewer;
import se.paragraf.workflow.service.Actor;

/**
 * What the guard found out about a request, kept on it for the handlers: the viewer, and the
 * organ and document its path names. Handlers read these instead of looking them up again, so
 * they see exactly what was authorised.
 */
public final class Scope {
  private static final String VIEWER = "paragraf.viewer";
  private static final String ORGAN = "paragraf.organ";
  private static final String DOCUMENT = "paragraf.document";

  private Scope() {}

  public static Optional<Viewer> viewer(Context ctx) {
    return Optional.ofNullable(ctx.attribute(VIEWER));
  }

  /** The viewer of a route that requires a login (the guard has checked it). */
  public static Viewer requireViewer(Context ctx) {
    return viewer(ctx).orElseThrow(WebException.NotLoggedIn::new);
  }

  /** The viewer as the services' actor. */
  public static Actor actor(Context ctx) {
    return Actor.of(requireViewer(ctx).user());
  }

  public static void setViewer(Context ctx, Viewer viewer) {
    ctx.attribute(VIEWER, viewer);
  }

  /** The {@code {organ}} of the path, or the organ of its {@code {dok}}. */
  public static Organ organ(Context ctx) {
    Organ o = ctx.attribute(ORGAN);
    if (o == null) {
      throw new IllegalStateException("no organ resolved for " + ctx.path());
    }
    return o;
  }

  public static void setOrgan(Context ctx, Organ organ) {
    ctx.attribute(ORGAN, organ);
  }

  /** The {@code {dok}} of the path. */
  public static StoredDocument document(Context ctx) {
    StoredDocument d = ctx.attribute(DOCUMENT);
    if (d == null) {
      throw new IllegalStateException("no document resolved for " + ctx.path());
    }
    return d;
  }

  public static void setDocument(Context ctx, StoredDocument doc) {
    ctx.attribute(DOCUMENT, doc);
  }
}
