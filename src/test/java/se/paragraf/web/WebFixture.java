package se.paragraf.web;

import io.javalin.Javalin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.stream.Stream;
import se.paragraf.render.Templates;
import se.paragraf.store.Database;
import se.paragraf.store.NewUser;
import se.paragraf.store.Role;
import se.paragraf.store.SourceKind;
import se.paragraf.store.StoredDocument;
import se.paragraf.store.User;
import se.paragraf.web.view.Pages;
import se.paragraf.workflow.service.Actor;
import se.paragraf.workflow.service.Services;

/**
 * A real SQLite store in a temporary folder with the bundled examples imported, the accounts of
 * every role the tests play, and the web application over it. "Today" is 1 December 2025: the
 * Norrdal meeting of 27 November has a kallelse and nothing more.
 */
public final class WebFixture implements AutoCloseable {
  public static final String PASSWORD = "hemligt-lösen-1";
  public static final Instant NOW = Instant.parse("2025-12-01T09:00:00Z");
  public static final LocalDate NOVEMBER = LocalDate.of(2025, 11, 27);

  public final Path dir;
  public final Database db;
  public final Services services;
  public final WebApp app;
  public final User sekreterare;
  public final User ledamot;
  public final User ordforande;
  public final User justerare;
  public final User annanLedamot;
  public final User admin;

  public WebFixture() throws IOException {
    this(WebConfig.SecureCookies.NEVER);
  }

  public WebFixture(WebConfig.SecureCookies cookies) throws IOException {
    dir = Files.createTempDirectory("paragraf-web");
    db = Database.open("jdbc:sqlite:" + dir.resolve("paragraf.db"));
    services = new Services(db, Templates.bundled(), Clock.fixed(NOW, ZoneOffset.UTC));
    services.importer().importIfEmpty(Path.of("agendas"), Actor.SYSTEM);
    sekreterare = user("eva", null, "norrdal", Role.SEKRETERARE, false);
    ledamot = user("margareta", "Margareta Lidén", "norrdal", Role.LEDAMOT, false);
    ordforande = user("ingrid", "Ingrid Holmström", "norrdal", Role.LEDAMOT, false);
    justerare = user("jonas", "Jonas Berglund", "norrdal", Role.LEDAMOT, false);
    annanLedamot = user("anders", "Anders Sjöberg", "nyby-bun", Role.LEDAMOT, false);
    admin = user("admin", null, null, null, true);
    app = new WebApp(services, new Pages(), new WebConfig(0, cookies, Duration.ofHours(8)));
  }

  private User user(String name, String person, String organ, Role role, boolean isAdmin) {
    User u = db.accounts().create(new NewUser(name, PASSWORD, person == null ? name : person,
        isAdmin, person));
    if (organ != null) {
      db.accounts().grant(u.id(), organ, role);
    }
    return u;
  }

  public Javalin javalin() {
    return WebServer.create(app);
  }

  /** The stored document of a meeting. */
  public StoredDocument document(String organ, LocalDate date, SourceKind kind) {
    return db.documents().meeting(organ, date).stream()
        .filter(d -> d.kind() == kind && d.parentId() == null).findFirst().orElseThrow();
  }

  public Actor actor(User u) {
    return Actor.of(u);
  }

  @Override
  public void close() throws IOException {
    db.close();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
