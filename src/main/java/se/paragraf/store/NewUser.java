package se.paragraf.store;

/** What is needed to create an account; the password is hashed before it is stored. */
public record NewUser(
    String username, String password, String displayName, boolean admin, String personName) {}
