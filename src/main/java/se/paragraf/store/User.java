package se.paragraf.store;

import java.time.Instant;

/**
 * An account (its password hash stays inside the store).
 *
 * @param username lower-case, unique
 * @param personName the person in the organ register this account is, or null
 */
public record User(
    long id, String username, String displayName, boolean admin, String personName,
    Instant createdAt) {}
