package se.paragraf.web;

import java.time.Duration;

/**
 * How the web service runs.
 *
 * @param port the HTTP port (0: any free port, for tests)
 * @param secureCookies whether cookies carry {@code Secure}
 * @param sessionTtl how long a login lasts
 */
public record WebConfig(int port, SecureCookies secureCookies, Duration sessionTtl) {
  public static final int DEFAULT_PORT = 7070;

  /** When the session cookie gets the Secure flag. */
  public enum SecureCookies {
    /** Always: the service sits behind HTTPS. */
    ALWAYS,
    /** Never: plain HTTP on a trusted network (tests, development). */
    NEVER,
    /** Secure except on plain HTTP to localhost, where browsers would drop a Secure cookie. */
    AUTO
  }

  public static WebConfig defaults(int port) {
    return new WebConfig(port, SecureCookies.AUTO, Duration.ofHours(8));
  }
}
