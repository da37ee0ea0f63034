package se.paragraf.store;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Login attempts, for throttling: the web counts recent failures per username and per address and
 * slows down or refuses before checking the password.
 */
public final class LoginAttempts {
  private final Context ctx;

  LoginAttempts(Context ctx) {
    this.ctx = ctx;
  }

  public void record(String username, String ip, boolean success) {
    ctx.jdbc.write(
        h ->
            h.update(
                "INSERT INTO login_attempt (username, ip, success, attempted_at)"
                    + " VALUES (?, ?, ?, ?)",
                key(username),
                ip,
                success,
                ctx.now()));
  }

  /** Failures for the username within {@code window}, counting only those after its last success. */
  public int failuresForUser(String username, Duration window) {
    Instant since = ctx.now().minus(window);
    String name = key(username);
    return ctx.jdbc.read(
        h ->
            h.one(
                    "SELECT COUNT(*) AS n FROM login_attempt a WHERE a.username = ? AND NOT a.success"
                        + " AND a.attempted_at > ? AND NOT EXISTS (SELECT 1 FROM login_attempt s"
                        + " WHERE s.username = a.username AND s.success"
                        + " AND s.id > a.id)",
                    r -> r.intValue("n"),
                    name,
                    since)
                .orElse(0));
  }

  /** Failures from the address within {@code window}, whichever usernames were tried. */
  public int failuresFromIp(String ip, Duration window) {
    return ctx.jdbc.read(
        h ->
            h.one(
                    "SELECT COUNT(*) AS n FROM login_attempt WHERE ip = ? AND NOT success"
                        + " AND attempted_at > ?",
                    r -> r.intValue("n"),
                    ip,
                    ctx.now().minus(window))
                .orElse(0));
  }

  /** Forgets attempts older than {@code age}; returns how many. */
  public int deleteOlderThan(Duration age) {
    return ctx.jdbc.write(
        h -> h.update("DELETE FROM login_attempt WHERE attempted_at < ?", ctx.now().minus(age)));
  }

  private static String key(String username) {
    return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
  }
}
