package se.paragraf.web;

import io.javalin.http.Context;

/** The security headers of every response, and the content security policies. */
public final class SecurityHeaders {
  /** Pages: scripts and styles from this origin only, never inline; no framing. */
  public static final String CSP =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " frame-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none';"
          + " object-src 'none'";

  /**
   * Pages with a document preview in an {@code srcdoc} frame: the frame inherits the page's policy
   * and a rendered document carries its stylesheet inline. Scripts stay forbidden.
   */
  public static final String CSP_WITH_DOCUMENT_STYLES = CSP.replace(
      "style-src 'self';", "style-src 'self' 'unsafe-inline';");

  /** A rendered document shown on its own: no scripts at all, sandboxed, framable by us only. */
  public static final String CSP_DOCUMENT =
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self';"
          + " base-uri 'none'; form-action 'none'; sandbox";

  private SecurityHeaders() {}

  public static void apply(Context ctx) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "same-origin");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Cross-Origin-Opener-Policy", "same-origin");
    ctx.header("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    if (!ctx.path().startsWith("/static/")) {
      ctx.header("Cache-Control", "no-store");
    }
  }

  /** For a handler that serves a rendered document inline. */
  public static void document(Context ctx) {
    ctx.header("Content-Security-Policy", CSP_DOCUMENT);
    ctx.header("X-Frame-Options", "SAMEORIGIN");
  }
}
