package se.paragraf.workflow.service;

/**
 * Who performs an action: the logged-in account. Every mutating service method takes one and
 * writes it to the audit log.
 *
 * @param userId the account id in the store (0 for {@link #SYSTEM})
 * @param username the login name; stored as the author of revisions and the actor of audit lines
 * @param displayName what the UI shows
 * @param personName the person in the organ register this account is (signers), or null
 */
public record Actor(long userId, String username, String displayName, String personName) {
  /** Paragraf itself: imports and automatic steps. */
  public static final Actor SYSTEM = new Actor(0, "paragraf", "Paragraf", null);

  /** The actor of a store account. */
  public static Actor of(se.paragraf.store.User user) {
    return new Actor(user.id(), user.username(), user.displayName(), user.personName());
  }
}
