package se.paragraf.store;

import java.time.Instant;

/**
 * A login session. The token itself is never stored, only its hash.
 *
 * @param tokenHash hex SHA-256 of the session token (safe to log)
 * @param csrfToken the synchroniser token that every state-changing request must echo
 */
public record Session(
    String tokenHash, long userId, String csrfToken, Instant createdAt, Instant expiresAt) {}
