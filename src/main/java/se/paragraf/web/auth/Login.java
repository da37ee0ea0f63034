package se.paragraf.web.auth;

import io.javalin.http.Context;
import java.util.Optional;
import se.paragraf.store.NewSession;
import se.paragraf.store.User;
import se.paragraf.web.WebApp;

/** Checks a username and password (throttled) and starts a session with its cookie. */
public final class Login {
  private final WebApp app;

  public Login(WebApp app) {
    this.app = app;
  }

  /**
   * Logs in, or returns empty when the username or password is wrong.
   *
   * @throws se.paragraf.web.WebException.TooManyAttempts when throttled
   */
  public Optional<LoggedIn> attempt(Context ctx, String username, String password) {
    String name = username == null ? "" : username.strip();
    LoginThrottle.check(app.db().loginAttempts(), name, ctx.ip());
    Optional<User> user = app.db().accounts().authenticate(name, password == null ? "" : password);
    app.db().loginAttempts().record(name, ctx.ip(), user.isPresent());
    if (user.isEmpty()) {
      return Optional.empty();
    }
    // a new login never keeps the session the browser had before (no session fixation)
    app.db().sessions().delete(ctx.cookie(SessionCookie.SESSION));
    NewSession s = app.db().sessions().create(user.get().id(), app.config().sessionTtl());
    SessionCookie.setSession(ctx, app.config().secureCookies(), s.token(), app.config().sessionTtl());
    app.db().audit().append(user.get().username(), "inloggning", null, null);
    return Optional.of(new LoggedIn(user.get(), s));
  }

  /** A successful login: the account and its new session. */
  public record LoggedIn(User user, NewSession session) {}

  public void logout(Context ctx) {
    app.db().sessions().delete(ctx.cookie(SessionCookie.SESSION));
    SessionCookie.clearSession(ctx, app.config().secureCookies());
  }

  /**
   * Checks the viewer's password again (to sign), counted with the login failures so that
   * signing cannot be used to guess passwords.
   */
  public boolean confirmPassword(Context ctx, Viewer v, String password) {
    LoginThrottle.check(app.db().loginAttempts(), v.user().username(), ctx.ip());
    boolean ok = app.db().accounts().authenticate(v.user().username(), password == null ? "" : password)
        .filter(u -> u.id() == v.user().id()).isPresent();
    if (!ok) {
      app.db().loginAttempts().record(v.user().username(), ctx.ip(), false);
    }
    return ok;
  }

  /** Where to go after login: a local path only, never another site. */
  public static String safeNext(String next) {
    if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")
        || next.startsWith("/logga-")) {
      return "/";
    }
    for (char c : next.toCharArray()) {
      if (c < 0x21 || c == 0x7f) {
        return "/";
      }
    }
    return next;
  }
}
