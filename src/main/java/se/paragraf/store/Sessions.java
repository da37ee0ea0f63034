package se.paragraf.store;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Login sessions keyed by the SHA-256 of a random 256-bit token: a leaked copy of the table
 * cannot be used to log in.
 */
public final class Sessions {
  private static final String COLUMNS = "token_hash, user_id, csrf_token, created_at, expires_at";

  private final Context ctx;

  Sessions(Context ctx) {
    this.ctx = ctx;
  }

  /** Starts a session for the user, valid for {@code ttl}. */
  public NewSession create(long userId, Duration ttl) {
    String token = Tokens.random();
    Instant now = ctx.now();
    Session session =
        new Session(Tokens.sha256Hex(token), userId, Tokens.random(), now, now.plus(ttl));
    ctx.jdbc.write(
        h ->
            h.update(
                "INSERT INTO session (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?)",
                session.tokenHash(),
                session.userId(),
                session.csrfToken(),
                session.createdAt(),
                session.expiresAt()));
    return new NewSession(token, session);
  }

  /** The session of a cookie's token, if it exists and has not expired. */
  public Optional<Session> find(String token) {
    if (token == null || token.isEmpty()) {
      return Optional.empty();
    }
    return ctx.jdbc.read(
        h ->
            h.one(
                "SELECT " + COLUMNS + " FROM session WHERE token_hash = ? AND expires_at > ?",
                Sessions::map,
                Tokens.sha256Hex(token),
                ctx.now()));
  }

  /** Ends the session (logout). */
  public void delete(String token) {
    if (token == null) {
      return;
    }
    ctx.jdbc.write(h -> h.update("DELETE FROM session WHERE token_hash = ?", Tokens.sha256Hex(token)));
  }

  /** Ends all the user's sessions (after a password change); returns how many. */
  public int deleteForUser(long userId) {
    return ctx.jdbc.write(h -> h.update("DELETE FROM session WHERE user_id = ?", userId));
  }

  /** Removes expired sessions; returns how many. */
  public int deleteExpired() {
    return ctx.jdbc.write(h -> h.update("DELETE FROM session WHERE expires_at <= ?", ctx.now()));
  }

  private static Session map(Row r) throws SQLException {
    return new Session(
        r.string("token_hash"),
        r.longValue("user_id"),
        r.string("csrf_token"),
        r.instant("created_at"),
        r.instant("expires_at"));
  }
}
