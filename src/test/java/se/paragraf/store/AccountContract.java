package se.paragraf.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Accounts, roles, sessions and login throttling. */
interface AccountContract extends StoreFixture {
  default User eva() {
    return db().accounts()
        .create(new NewUser("Eva", "hemligt-lösen", "Eva Lind", false, "Eva Lind"));
  }

  default String rawString(String sql) throws SQLException {
    try (Connection c = raw();
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      return rs.next() ? rs.getString(1) : null;
    }
  }

  @Test
  default void passwordsAreStoredHashedAndChecked() throws SQLException {
    User eva = eva();
    assertEquals("eva", eva.username());
    String stored = rawString("SELECT password_hash FROM app_user WHERE username = 'eva'");
    assertTrue(stored.startsWith("pbkdf2-sha256$" + Passwords.ITERATIONS + "$"), stored);
    assertFalse(stored.contains("hemligt"));
    assertEquals(Optional.of(eva), db().accounts().authenticate(" EVA ", "hemligt-lösen"));
    assertEquals(Optional.empty(), db().accounts().authenticate("eva", "hemligt-lösen!"));
    assertEquals(Optional.empty(), db().accounts().authenticate("okänd", "hemligt-lösen"));
  }

  @Test
  default void aWeakerHashIsUpgradedAtLogin() throws SQLException {
    eva();
    String weak = Passwords.encode(1000, new byte[16], Passwords.derive("hemligt-lösen", new byte[16], 1000));
    rawUpdate("UPDATE app_user SET password_hash = '" + weak + "' WHERE username = 'eva'");
    assertTrue(db().accounts().authenticate("eva", "hemligt-lösen").isPresent());
    String upgraded = rawString("SELECT password_hash FROM app_user WHERE username = 'eva'");
    assertFalse(Passwords.needsRehash(upgraded), upgraded);
    assertTrue(Passwords.verify("hemligt-lösen", upgraded));
  }

  @Test
  default void usernamesAreUniqueRegardlessOfCase() {
    eva();
    assertThrows(
        ConflictException.class,
        () -> db().accounts().create(new NewUser("EVA", "annat-lösen", "Eva", false, null)));
    assertThrows(
        InvalidInputException.class,
        () -> db().accounts().create(new NewUser("anna", "kort", "Anna", false, null)));
    assertEquals(1, db().accounts().users().size());
  }

  @Test
  default void rolesAreGrantedPerOrgan() {
    User eva = eva();
    organ("norrdal");
    organ("sodra");
    db().accounts().grant(eva.id(), "norrdal", Role.SEKRETERARE);
    db().accounts().grant(eva.id(), "norrdal", Role.SEKRETERARE);
    db().accounts().grant(eva.id(), "sodra", Role.LEDAMOT);
    assertEquals(
        List.of(
            new OrganRole(eva.id(), "norrdal", Role.SEKRETERARE),
            new OrganRole(eva.id(), "sodra", Role.LEDAMOT)),
        db().accounts().roles(eva.id()));
    db().accounts().revoke(eva.id(), "sodra", Role.LEDAMOT);
    assertEquals(List.of(new OrganRole(eva.id(), "norrdal", Role.SEKRETERARE)), db().accounts().members("norrdal"));
    assertEquals(List.of(), db().accounts().members("sodra"));
    assertThrows(NotFoundException.class, () -> db().accounts().grant(eva.id(), "saknas", Role.LEDAMOT));
  }

  @Test
  default void sessionsStoreOnlyTheTokenHashAndExpire() throws SQLException {
    User eva = eva();
    NewSession s = db().sessions().create(eva.id(), Duration.ofHours(8));
    assertEquals(43, s.token().length());
    assertEquals(eva.id(), db().sessions().find(s.token()).orElseThrow().userId());
    assertEquals(Tokens.sha256Hex(s.token()), rawString("SELECT token_hash FROM session"));
    assertNotEquals(s.session().csrfToken(), s.token());
    assertTrue(db().sessions().find("fel-token").isEmpty());

    clock().advance(Duration.ofHours(8));
    assertTrue(db().sessions().find(s.token()).isEmpty(), "expired");
    assertEquals(1, db().sessions().deleteExpired());

    NewSession t = db().sessions().create(eva.id(), Duration.ofHours(8));
    db().sessions().delete(t.token());
    assertTrue(db().sessions().find(t.token()).isEmpty(), "logged out");
  }

  @Test
  default void failedLoginsAreCountedPerUserAndPerAddressInTheWindow() {
    LoginAttempts attempts = db().loginAttempts();
    attempts.record("eva", "10.0.0.1", false);
    attempts.record("EVA", "10.0.0.2", false);
    attempts.record("anna", "10.0.0.1", false);
    assertEquals(2, attempts.failuresForUser("eva", Duration.ofMinutes(15)));
    assertEquals(2, attempts.failuresFromIp("10.0.0.1", Duration.ofMinutes(15)));

    clock().advance(Duration.ofMinutes(1));
    attempts.record("eva", "10.0.0.1", true);
    assertEquals(0, attempts.failuresForUser("eva", Duration.ofMinutes(15)), "reset by success");
    attempts.record("eva", "10.0.0.1", false);
    assertEquals(1, attempts.failuresForUser("eva", Duration.ofMinutes(15)));

    clock().advance(Duration.ofMinutes(16));
    assertEquals(0, attempts.failuresFromIp("10.0.0.1", Duration.ofMinutes(15)), "window passed");
    assertEquals(5, attempts.deleteOlderThan(Duration.ofMinutes(15)));
  }
}
