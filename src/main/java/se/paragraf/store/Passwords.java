package se.paragraf.store;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Password hashing with the JDK's PBKDF2WithHmacSHA256. A hash is stored as {@code
 * pbkdf2-sha256$<iterations>$<salt>$<key>} (Base64), so its parameters travel with it and an
 * older hash can be recognised ({@link #needsRehash}) and upgraded at the next login.
 */
public final class Passwords {
  /** OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256. */
  public static final int ITERATIONS = 310_000;

  private static final String PREFIX = "pbkdf2-sha256";
  private static final String JCA = "PBKDF2WithHmacSHA256";
  private static final int SALT_BYTES = 16;
  private static final int KEY_BITS = 256;
  private static final SecureRandom RANDOM = new SecureRandom();

  private Passwords() {}

  public static String hash(String password) {
    byte[] salt = new byte[SALT_BYTES];
    RANDOM.nextBytes(salt);
    return encode(ITERATIONS, salt, derive(password, salt, ITERATIONS));
  }

  /** True when {@code password} matches {@code encoded}; compares in constant time. */
  public static boolean verify(String password, String encoded) {
    String[] parts = encoded == null ? new String[0] : encoded.split("\\$");
    if (parts.length != 4 || !parts[0].equals(PREFIX) || password == null) {
      return false;
    }
    try {
      int iterations = Integer.parseInt(parts[1]);
      byte[] salt = Base64.getDecoder().decode(parts[2]);
      byte[] expected = Base64.getDecoder().decode(parts[3]);
      return MessageDigest.isEqual(expected, derive(password, salt, iterations));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** Spends the time of one verification and fails: for logins with an unknown username. */
  static boolean verifyNothing(String password) {
    verify(password == null ? "" : password, Dummy.HASH);
    return false;
  }

  /** True when {@code encoded} was made with weaker parameters than today's. */
  public static boolean needsRehash(String encoded) {
    String[] parts = encoded == null ? new String[0] : encoded.split("\\$");
    try {
      return parts.length != 4 || !parts[0].equals(PREFIX) || Integer.parseInt(parts[1]) < ITERATIONS;
    } catch (NumberFormatException e) {
      return true;
    }
  }

  /** Verified against when the user does not exist, so both cases take equally long. */
  private static final class Dummy {
    static final String HASH = hash("paragraf-dummy-password");
  }

  static String encode(int iterations, byte[] salt, byte[] key) {
    Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
    return PREFIX + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(key);
  }

  static byte[] derive(String password, byte[] salt, int iterations) {
    char[] chars = password.toCharArray();
    PBEKeySpec spec = new PBEKeySpec(chars, salt, iterations, KEY_BITS);
    try {
      return SecretKeyFactory.getInstance(JCA).generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(JCA + " is missing from this JDK", e);
    } finally {
      spec.clearPassword();
      Arrays.fill(chars, '\0');
    }
  }
}
