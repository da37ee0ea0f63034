package se.paragraf.web.auth;

import io.javalin.http.Context;
import io.javalin.security.RouteRole;
import java.util.Optional;
import java.util.Set;
import se.paragraf.store.Database;
import se.paragraf.store.Organ;
import se.paragraf.store.Session;
import se.paragraf.store.StoredDocument;
import se.paragraf.store.User;
import se.paragraf.web.Access;
import se.paragraf.web.Scope;
import se.paragraf.web.WebException;

/**
 * The before-handler of every matched route: finds the viewer, checks the CSRF token of a
 * state-changing request, resolves the organ and document the path names, and evaluates the
 * route's declared {@link Access}. A route without a declaration is refused (fail closed).
 */
public final class Guard {
  private final Database db;

  public Guard(Database db) {
    this.db = db;
  }

  public void check(Context ctx) {
    Access access = accessOf(ctx.routeRoles());
    Viewer viewer = viewer(ctx).orElse(null);
    if (viewer != null) {
      Scope.setViewer(ctx, viewer);
    }
    if (Csrf.isStateChanging(ctx.method())) {
      Csrf.check(ctx, viewer);
    }
    if (access != Access.PUBLIC && viewer == null) {
      throw new WebException.NotLoggedIn();
    }
    resolveSubject(ctx);
    if (!allowed(access, viewer, ctx)) {
      throw new WebException.Forbidden("Du har inte behörighet till sidan.");
    }
  }

  static Access accessOf(Set<RouteRole> roles) {
    if (roles.size() != 1 || !(roles.iterator().next() instanceof Access a)) {
      throw new WebException.Forbidden("Sidan saknar en behörighetsregel och visas inte.");
    }
    return a;
  }

  private boolean allowed(Access access, Viewer v, Context ctx) {
    switch (access) {
      case PUBLIC:
      case INLOGGAD:
        return true;
      case ADMIN:
        return v.isAdmin();
      case MEDLEM:
        return v.isMember(Scope.organ(ctx).key());
      case SEKRETERARE:
        return v.isSekreterare(Scope.organ(ctx).key());
      case UNDERTECKNARE:
        return isSigner(v, ctx);
      case SEKRETERARE_ELLER_UNDERTECKNARE:
        return v.isSekreterare(Scope.organ(ctx).key()) || isSigner(v, ctx);
      default:
        return false;
    }
  }

  private boolean isSigner(Viewer v, Context ctx) {
    StoredDocument doc = Scope.document(ctx);
    return v.isMember(doc.organKey()) && Signers.isSigner(db, doc.id(), v);
  }

  /** The viewer of the session cookie, when it names a live session of an existing account. */
  Optional<Viewer> viewer(Context ctx) {
    String token = ctx.cookie(SessionCookie.SESSION);
    if (token == null || token.isEmpty()) {
      return Optional.empty();
    }
    Optional<Session> session = db.sessions().find(token);
    if (session.isEmpty()) {
      return Optional.empty();
    }
    Optional<User> user = db.accounts().user(session.get().userId());
    return user.map(u -> new Viewer(u, db.accounts().roles(u.id()), session.get()));
  }

  /** Looks up {@code {dok}} and {@code {organ}}; 404 when the path names something missing. */
  private void resolveSubject(Context ctx) {
    var params = ctx.pathParamMap();
    if (params.containsKey("dok")) {
      StoredDocument doc = db.documents().document(id(params.get("dok")))
          .orElseThrow(() -> new WebException.NotFound("Dokumentet finns inte."));
      Scope.setDocument(ctx, doc);
      Scope.setOrgan(ctx, organ(doc.organKey()));
    }
    if (params.containsKey("organ")) {
      Organ o = organ(params.get("organ"));
      if (params.containsKey("dok") && !Scope.document(ctx).organKey().equals(o.key())) {
        throw new WebException.NotFound("Dokumentet finns inte hos organet.");
      }
      Scope.setOrgan(ctx, o);
    }
  }

  private Organ organ(String key) {
    return db.organs().organ(key)
        .orElseThrow(() -> new WebException.NotFound("Organet " + key + " finns inte."));
  }

  /** A path id; anything but a positive number names nothing. */
  public static long id(String text) {
    try {
      long id = Long.parseLong(text);
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException e) {
      // falls through to 404
    }
    throw new WebException.NotFound("Sidan finns inte.");
  }
}
