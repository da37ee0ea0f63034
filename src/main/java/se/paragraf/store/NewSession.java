package se.paragraf.store;

/**
 * A session just created.
 *
 * @param token the secret for the cookie; this is the only time it is available
 */
public record NewSession(String token, Session session) {}
