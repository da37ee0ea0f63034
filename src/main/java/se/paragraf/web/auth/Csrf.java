package se.paragraf.web.auth;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import se.paragraf.store.Tokens;
import se.paragraf.web.WebConfig.SecureCookies;
import se.paragraf.web.WebException;

/**
 * CSRF protection by synchroniser token. A logged-in request echoes its session's token; an
 * anonymous form (login, verify) echoes the token of the {@code paragraf_csrf} cookie. Forms send
 * it in the hidden field {@code csrf}, the JSON API in the header {@code X-CSRF-Token}.
 */
public final class Csrf {
  public static final String FIELD = "csrf";
  public static final String HEADER = "X-CSRF-Token";

  private Csrf() {}

  /** Every method but GET, HEAD and OPTIONS changes state and is checked. */
  public static boolean isStateChanging(HandlerType method) {
    return !(method == HandlerType.GET || method == HandlerType.HEAD
        || method == HandlerType.OPTIONS);
  }

  /** The token a page's forms must carry; creates the anonymous cookie when needed. */
  public static String token(Context ctx, Viewer viewer, SecureCookies policy) {
    if (viewer != null) {
      return viewer.csrfToken();
    }
    String t = ctx.cookie(SessionCookie.ANONYMOUS_CSRF);
    if (t == null || t.length() < 32) {
      t = Tokens.random();
      SessionCookie.setAnonymousCsrf(ctx, policy, t);
    }
    return t;
  }

  /** Refuses the request with 403 unless it carries the expected token. */
  public static void check(Context ctx, Viewer viewer) {
    String expected = viewer != null ? viewer.csrfToken() : ctx.cookie(SessionCookie.ANONYMOUS_CSRF);
    String given = ctx.header(HEADER);
    if (given == null && (ctx.isFormUrlencoded() || ctx.isMultipartFormData())) {
      given = ctx.formParam(FIELD);
    }
    if (expected == null || expected.isEmpty() || given == null || !same(expected, given)) {
      throw new WebException.Forbidden(
          "Begäran saknar en giltig säkerhetskod (CSRF). Ladda om sidan och försök igen.");
    }
  }

  private static boolean same(String a, String b) {
    return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }
}
