package se.paragraf.store;

import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** User accounts, their passwords and their roles per organ. */
public final class Accounts {
  public static final int MIN_PASSWORD_LENGTH = 8;

  private static final Pattern USERNAME = Pattern.compile("[\\p{L}\\p{N}._@-]{1,64}");
  private static final String COLUMNS =
      "id, username, display_name, admin, person_name, created_at";

  private final Context ctx;

  Accounts(Context ctx) {
    this.ctx = ctx;
  }

  /**
   * Creates an account; the username is stored in lower case.
   *
   * @throws ConflictException when the username is taken
   */
  public User create(NewUser user) {
    String username = normalize(user.username());
    String hash = Passwords.hash(requirePassword(user.password()));
    return ctx.jdbc.write(
        h -> {
          if (find(h, username).isPresent()) {
            throw new ConflictException("Användarnamnet " + username + " är upptaget.");
          }
          long id =
              h.insert(
                  "INSERT INTO app_user (username, password_hash, display_name, admin, person_name,"
                      + " created_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
                  username,
                  hash,
                  user.displayName(),
                  user.admin(),
                  user.personName(),
                  ctx.now());
          return byId(h, id);
        });
  }

  public Optional<User> user(long id) {
    return ctx.jdbc.read(
        h -> h.one("SELECT " + COLUMNS + " FROM app_user WHERE id = ?", Accounts::map, id));
  }

  public Optional<User> byUsername(String username) {
    return ctx.jdbc.read(h -> find(h, normalizeLoose(username)));
  }

  public List<User> users() {
    return ctx.jdbc.read(
        h -> h.list("SELECT " + COLUMNS + " FROM app_user ORDER BY username", Accounts::map));
  }

  /**
   * The user whose password this is, or empty; an unknown username takes as long as a wrong
   * password. A hash made with weaker parameters is upgraded on success.
   */
  public Optional<User> authenticate(String username, String password) {
    String name = normalizeLoose(username);
    Optional<String> hash =
        ctx.jdbc.read(
            h ->
                h.one(
                    "SELECT password_hash FROM app_user WHERE username = ?",
                    r -> r.string("password_hash"),
                    name));
    boolean ok =
        hash.isPresent() ? Passwords.verify(password, hash.get()) : Passwords.verifyNothing(password);
    if (!ok) {
      return Optional.empty();
    }
    if (Passwords.needsRehash(hash.get())) {
      String upgraded = Passwords.hash(password);
      ctx.jdbc.write(
          h ->
              h.update(
                  "UPDATE app_user SET password_hash = ? WHERE username = ? AND password_hash = ?",
                  upgraded,
                  name,
                  hash.get()));
    }
    return byUsername(name);
  }

  public void setPassword(long userId, String password) {
    String hash = Passwords.hash(requirePassword(password));
    ctx.jdbc.write(
        h -> {
          byId(h, userId);
          return h.update("UPDATE app_user SET password_hash = ? WHERE id = ?", hash, userId);
        });
  }

  /** Changes everything but the username and the password. */
  public User update(User user) {
    return ctx.jdbc.write(
        h -> {
          byId(h, user.id());
          h.update(
              "UPDATE app_user SET display_name = ?, admin = ?, person_name = ? WHERE id = ?",
              user.displayName(),
              user.admin(),
              user.personName(),
              user.id());
          return byId(h, user.id());
        });
  }

  /** Gives the user a role in an organ; granting a role held already changes nothing. */
  public void grant(long userId, String organKey, Role role) {
    ctx.jdbc.write(
        h -> {
          byId(h, userId);
          Organs.require(h, organKey);
          return h.update(
              "INSERT INTO organ_role (user_id, organ_key, role) VALUES (?, ?, ?)"
                  + " ON CONFLICT (user_id, organ_key, role) DO NOTHING",
              userId,
              organKey,
              role.label());
        });
  }

  public void revoke(long userId, String organKey, Role role) {
    ctx.jdbc.write(
        h ->
            h.update(
                "DELETE FROM organ_role WHERE user_id = ? AND organ_key = ? AND role = ?",
                userId,
                organKey,
                role.label()));
  }

  /** The user's roles in every organ. */
  public List<OrganRole> roles(long userId) {
    return ctx.jdbc.read(
        h ->
            h.list(
                "SELECT user_id, organ_key, role FROM organ_role WHERE user_id = ?"
                    + " ORDER BY organ_key, role",
                Accounts::mapRole,
                userId));
  }

  /** Everyone with a role in the organ. */
  public List<OrganRole> members(String organKey) {
    return ctx.jdbc.read(
        h ->
            h.list(
                "SELECT user_id, organ_key, role FROM organ_role WHERE organ_key = ?"
                    + " ORDER BY role, user_id",
                Accounts::mapRole,
                organKey));
  }

  private static Optional<User> find(Handle h, String username) throws SQLException {
    return h.one("SELECT " + COLUMNS + " FROM app_user WHERE username = ?", Accounts::map, username);
  }

  private static User byId(Handle h, long id) throws SQLException {
    return h.one("SELECT " + COLUMNS + " FROM app_user WHERE id = ?", Accounts::map, id)
        .orElseThrow(() -> new NotFoundException("Användaren finns inte."));
  }

  private static String normalize(String username) {
    String name = normalizeLoose(username);
    if (!USERNAME.matcher(name).matches()) {
      throw new InvalidInputException(
          "Användarnamnet får bara innehålla bokstäver, siffror, punkt, @, bindestreck och"
              + " understreck (högst 64 tecken).");
    }
    return name;
  }

  private static String normalizeLoose(String username) {
    return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
  }

  private static String requirePassword(String password) {
    if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
      throw new InvalidInputException(
          "Lösenordet ska ha minst " + MIN_PASSWORD_LENGTH + " tecken.");
    }
    return password;
  }

  private static User map(Row r) throws SQLException {
    return new User(
        r.longValue("id"),
        r.string("username"),
        r.string("display_name"),
        r.bool("admin"),
        r.string("person_name"),
        r.instant("created_at"));
  }

  private static OrganRole mapRole(Row r) throws SQLException {
    return new OrganRole(r.longValue("user_id"), r.string("organ_key"), Role.ofLabel(r.string("role")));
  }
}
