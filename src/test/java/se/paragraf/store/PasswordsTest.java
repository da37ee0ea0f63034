package se.paragraf.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class PasswordsTest {
  @Test
  void hashCarriesAlgorithmIterationsSaltAndKey() {
    String hash = Passwords.hash("rätt lösenord");
    String[] parts = hash.split("\\$");
    assertEquals(4, parts.length, hash);
    assertEquals("pbkdf2-sha256", parts[0]);
    assertTrue(Integer.parseInt(parts[1]) >= 310_000);
    assertEquals(16, Base64.getDecoder().decode(parts[2]).length);
    assertEquals(32, Base64.getDecoder().decode(parts[3]).length);
  }

  @Test
  void verifiesOnlyTheRightPassword() {
    String hash = Passwords.hash("rätt lösenord");
    assertTrue(Passwords.verify("rätt lösenord", hash));
    assertFalse(Passwords.verify("rätt lösenord ", hash));
    assertFalse(Passwords.verify("ratt losenord", hash));
    assertFalse(Passwords.verify(null, hash));
  }

  @Test
  void eachHashHasItsOwnSalt() {
    assertNotEquals(Passwords.hash("samma"), Passwords.hash("samma"));
  }

  @Test
  void malformedHashesNeverVerifyAndNeedRehash() {
    for (String bad : new String[] {null, "", "md5$x", "pbkdf2-sha256$x$y$z", "pbkdf2-sha256$1$!!$!!"}) {
      assertFalse(Passwords.verify("lösen", bad), String.valueOf(bad));
      assertTrue(Passwords.needsRehash(bad), String.valueOf(bad));
    }
  }

  @Test
  void fewerIterationsVerifyButNeedRehash() {
    byte[] salt = new byte[16];
    String old = Passwords.encode(1000, salt, Passwords.derive("lösen", salt, 1000));
    assertTrue(Passwords.verify("lösen", old));
    assertTrue(Passwords.needsRehash(old));
    assertFalse(Passwords.needsRehash(Passwords.hash("lösen")));
  }
}
