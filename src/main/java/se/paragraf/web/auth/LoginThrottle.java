package se.paragraf.web.auth;

import java.time.Duration;
import se.paragraf.store.LoginAttempts;
import se.paragraf.web.WebException;

/**
 * Refuses password checks after too many recent failures: 5 for one username or 20 from one
 * address within 15 minutes. It is checked before the password, so a locked-out guess costs the
 * attacker nothing to learn.
 */
public final class LoginThrottle {
  public static final int MAX_PER_USER = 5;
  public static final int MAX_PER_IP = 20;
  public static final Duration WINDOW = Duration.ofMinutes(15);

  private LoginThrottle() {}

  public static void check(LoginAttempts attempts, String username, String ip) {
    if (attempts.failuresForUser(username, WINDOW) >= MAX_PER_USER
        || attempts.failuresFromIp(ip, WINDOW) >= MAX_PER_IP) {
      throw new WebException.TooManyAttempts(
          "För många misslyckade inloggningsförsök. Vänta 15 minuter och försök igen.");
    }
  }
}
