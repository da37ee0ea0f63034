package se.paragraf.web.auth;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.time.Duration;
import java.util.Locale;
import se.paragraf.web.WebConfig.SecureCookies;

/**
 * The cookies of the service: the session ({@code paragraf_session}) and, before login, the CSRF
 * token of the anonymous forms ({@code paragraf_csrf}). Both HttpOnly and SameSite=Strict; Secure
 * as configured.
 */
public final class SessionCookie {
  public static final String SESSION = "paragraf_session";
  public static final String ANONYMOUS_CSRF = "paragraf_csrf";

  private SessionCookie() {}

  public static void setSession(Context ctx, SecureCookies policy, String token, Duration ttl) {
    ctx.cookie(cookie(ctx, policy, SESSION, token, (int) ttl.toSeconds()));
  }

  public static void clearSession(Context ctx, SecureCookies policy) {
    ctx.cookie(cookie(ctx, policy, SESSION, "", 0));
  }

  public static void setAnonymousCsrf(Context ctx, SecureCookies policy, String token) {
    // a session cookie (no Max-Age): it lives as long as the browser window
    ctx.cookie(cookie(ctx, policy, ANONYMOUS_CSRF, token, -1));
  }

  static Cookie cookie(Context ctx, SecureCookies policy, String name, String value, int maxAge) {
    return new Cookie(name, value, "/", maxAge, secure(ctx, policy), true, null, SameSite.STRICT);
  }

  /** AUTO: Secure unless the request is plain HTTP to this very machine. */
  static boolean secure(Context ctx, SecureCookies policy) {
    if (policy == SecureCookies.ALWAYS) {
      return true;
    }
    if (policy == SecureCookies.NEVER) {
      return false;
    }
    return !("http".equals(ctx.scheme()) && isLocal(ctx.host()));
  }

  static boolean isLocal(String hostHeader) {
    if (hostHeader == null) {
      return false;
    }
    String h = hostHeader.toLowerCase(Locale.ROOT);
    if (h.startsWith("[")) {
      return h.startsWith("[::1]");
    }
    int colon = h.indexOf(':');
    String host = colon < 0 ? h : h.substring(0, colon);
    return host.equals("localhost") || host.equals("127.0.0.1");
  }
}
