package se.paragraf.web.auth;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import se.paragraf.store.OrganRole;
import se.paragraf.store.Role;
import se.paragraf.store.Session;
import se.paragraf.store.User;

/** The logged-in account of one request, its roles and its session. */
public record Viewer(User user, List<OrganRole> roles, Session session) {

  public Viewer {
    roles = List.copyOf(roles);
  }

  public boolean isAdmin() {
    return user.admin();
  }

  /** Any role in the organ. */
  public boolean isMember(String organKey) {
    return roles.stream().anyMatch(r -> r.organKey().equals(organKey));
  }

  public boolean isSekreterare(String organKey) {
    return has(organKey, Role.SEKRETERARE);
  }

  public boolean has(String organKey, Role role) {
    return roles.stream().anyMatch(r -> r.organKey().equals(organKey) && r.role() == role);
  }

  /** The organ keys the account has any role in, sorted. */
  public Set<String> organs() {
    Set<String> keys = new TreeSet<>();
    roles.forEach(r -> keys.add(r.organKey()));
    return keys;
  }

  /** The name shown in the page header and written to the audit log. */
  public String name() {
    String d = user.displayName();
    return d == null || d.isBlank() ? user.username() : d;
  }

  /** The person in the organ register this account is, or null. */
  public String personName() {
    String p = user.personName();
    return p == null || p.isBlank() ? null : p.strip();
  }

  public boolean isPerson(String name) {
    return personName() != null && name != null && Objects.equals(personName(), name.strip());
  }

  public String csrfToken() {
    return session.csrfToken();
  }
}
