package se.paragraf.store;

/** That user {@code userId} has {@code role} in organ {@code organKey}. */
public record OrganRole(long userId, String organKey, Role role) {}
