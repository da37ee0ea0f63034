package se.paragraf.workflow.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import se.paragraf.render.Templates;
import se.paragraf.store.Database;
import se.paragraf.store.NewUser;
import se.paragraf.store.Role;
import se.paragraf.store.User;

/** A real SQLite store in a temp folder with the bundled examples imported. */
final class ServiceFixture implements AutoCloseable {
  static final String PASSWORD = "hemligt-lösen-1";

  final Path dir;
  final TestClock clock;
  final Database db;
  final Services services;
  final ImportReport imported;
  final Actor sekreterare;

  ServiceFixture(Path dir, LocalDate today) {
    this.dir = dir;
    this.clock = new TestClock(today);
    Path agendas = dir.resolve("agendas");
    copy(Path.of("agendas"), agendas);
    this.db = Database.open("jdbc:sqlite:" + dir.resolve("paragraf.db"), clock);
    this.services = new Services(db, Templates.bundled(), clock);
    this.imported = services.importer().importIfEmpty(agendas, Actor.SYSTEM);
    this.sekreterare = account("annelie", "Annelie Forsberg", "norrdal", Role.SEKRETERARE);
  }

  /** An account with a role in the organ, linked to the register person {@code person}. */
  Actor account(String username, String person, String organ, Role role) {
    User u = db.accounts().create(new NewUser(username, PASSWORD, person, false, person));
    db.accounts().grant(u.id(), organ, role);
    return Actor.of(u);
  }

  /** The imported kallelse to the meeting of 2025-11-27 (no protokoll yet). */
  long kallelse20251127() {
    return services.meetings().year("norrdal", 2025).stream()
        .filter(m -> m.datum().equals(LocalDate.of(2025, 11, 27))).findFirst().orElseThrow()
        .kallelse().id();
  }

  /** Sends the kallelse of 2025-11-27 and drafts its protokoll (revision 1). */
  DocumentSummary draftProtokoll() {
    long k = kallelse20251127();
    services.kallelser().send(k, 1, sekreterare);
    return services.protokoll().create(k, sekreterare);
  }

  /**
   * The draft made ready for justering: Jonas Berglund as justerare, the placeholders filled, § 592
   * under sekretess, § 593 marked for omedelbar justering.
   */
  static String completed(String draft) {
    return replace(replace(replace(replace(replace(draft,
        "justerare:\n", "justerare:\n  - Jonas Berglund\n"),
        "att utse ____ till justerare", "att utse Jonas Berglund att jämte ordföranden justera"),
        "Beslut:\natt …", "Beslut:\natt bevilja Älvsby kommun 512 000 kronor"),
        "Dnr: 2025/42\n", "Dnr: 2025/42\nSekretess: 26 kap. 1 § OSL\n"),
        "att uppdra åt förbundschefen att ta fram rutiner för digitalt deltagande\n",
        "att uppdra åt förbundschefen att ta fram rutiner för digitalt deltagande\n\n"
            + "Omedelbar justering: ja\n");
  }

  private static String replace(String s, String from, String to) {
    if (!s.contains(from)) {
      throw new AssertionError("the draft lacks " + from);
    }
    return s.replaceFirst(java.util.regex.Pattern.quote(from),
        java.util.regex.Matcher.quoteReplacement(to));
  }

  /** A drafted protokoll completed and saved as revision 2. */
  DocumentSummary readyProtokoll() {
    DocumentSummary p = draftProtokoll();
    String text = services.meetings().open(p.id()).text();
    SaveResult r = services.meetings().save(p.id(), 1, completed(text), sekreterare);
    if (r.problems().stream().anyMatch(x -> x.isFel())) {
      throw new AssertionError("completed draft has fel: " + r.problems());
    }
    return r.document();
  }

  /** The ordförande and the justerare of the 2025-11-27 protokoll, created on first use. */
  Actor signer(String username, String person) {
    return db.accounts().byUsername(username).map(Actor::of)
        .orElseGet(() -> account(username, person, "norrdal", Role.LEDAMOT));
  }

  /** The completed protokoll sent for justering and signed by both on {@code day}: sealed. */
  DocumentSummary justerat(LocalDate day) {
    DocumentSummary p = readyProtokoll();
    services.justering().send(p.id(), 2, sekreterare);
    clock.set(day);
    services.justering().sign(p.id(), 2, PASSWORD, signer("ingrid", "Ingrid Holmström"));
    SignResult r = services.justering().sign(p.id(), 2, PASSWORD,
        signer("jonas", "Jonas Berglund"));
    if (!r.sealed()) {
      throw new AssertionError("not sealed");
    }
    return services.meetings().summary(p.id());
  }

  static void copy(Path from, Path to) {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path t = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else {
          Files.copy(p, t);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    db.close();
  }
}
