package se.paragraf.workflow.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import se.paragraf.model.Organ;
import se.paragraf.model.Problem;
import se.paragraf.model.SourcePos;
import se.paragraf.parse.Parsed;
import se.paragraf.store.Database;
import se.paragraf.store.NewUser;
import se.paragraf.store.Role;
import se.paragraf.store.User;

/**
 * First start: the organ folders under {@code agendas/} go into an empty store. Kallelser that
 * have a protokoll are imported as sent; protokoll with {@code justerat:} as justerade (sealed,
 * signers marked imported, anslag posted); every protokoll's §§ are taken in the ledger.
 */
public final class Importer {
  private static final String PASSWORD_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  private static final int PASSWORD_LENGTH = 16;

  private final Database db;
  private final Sources sources;
  private final AuditTrail audit;
  private final OrganImport organImport;
  private final SecureRandom random = new SecureRandom();

  Importer(Database db, Sources sources, AuditTrail audit, Sealer sealer) {
    this.db = db;
    this.sources = sources;
    this.audit = audit;
    this.organImport = new OrganImport(db, sources, audit, sealer);
  }

  /**
   * Imports every organ folder (one holding organ.yaml) in {@code agendas}, in name order, if the
   * store has no organ yet; otherwise does nothing and says so.
   */
  public ImportReport importIfEmpty(Path agendas, Actor actor) {
    if (!db.organs().organs().isEmpty()) {
      return new ImportReport(true, List.of(), List.of());
    }
    List<ImportReport.Organ> organs = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (Path dir : organFolders(agendas)) {
      organs.add(organImport.run(dir, actor, problems));
    }
    return new ImportReport(false, organs, problems);
  }

  /** Imports one organ folder into the store (the organ must not exist yet). */
  public ImportReport importOrgan(Path dir, Actor actor) {
    List<Problem> problems = new ArrayList<>();
    ImportReport.Organ o = organImport.run(dir, actor, problems);
    return new ImportReport(false, List.of(o), problems);
  }

  private static List<Path> organFolders(Path agendas) {
    if (!Files.isDirectory(agendas)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(agendas)) {
      return s.filter(p -> Files.isRegularFile(p.resolve("organ.yaml"))).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Creates a sekreterare account for the organ ({@code <organ>.sekreterare}, display and person
   * name from organ.yaml) with a random password, unless the username exists; the password is
   * returned only here, once.
   */
  public Optional<Credentials> ensureSekreterare(String organKey) {
    String username = organKey.toLowerCase(java.util.Locale.ROOT) + ".sekreterare";
    if (db.accounts().byUsername(username).isPresent()) {
      return Optional.empty();
    }
    Parsed<Organ> organ = sources.organParsed(organKey);
    String person = organ.value() == null ? null : organ.value().sekreterare();
    String display = person == null ? "Sekreterare " + organKey : person;
    String password = password();
    User u = db.accounts().create(new NewUser(username, password, display, false, person));
    db.accounts().grant(u.id(), organKey, Role.SEKRETERARE);
    audit.record(Actor.SYSTEM, AuditAction.KONTO, null, username + ": sekreterare i " + organKey
        + ".");
    return Optional.of(new Credentials(organKey, username, password));
  }

  /** {@link #ensureSekreterare} for every organ in the store; only the new accounts. */
  public List<Credentials> ensureSekreterare() {
    List<Credentials> out = new ArrayList<>();
    for (se.paragraf.store.Organ o : db.organs().organs()) {
      ensureSekreterare(o.key()).ifPresent(out::add);
    }
    return out;
  }

  private String password() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < PASSWORD_LENGTH; i++) {
      sb.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
    }
    return sb.toString();
  }

  static String read(Path file, List<Problem> problems) {
    try {
      String s = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
      return s.startsWith("\uFEFF") ? s.substring(1) : s;
    } catch (IOException e) {
      problems.add(Problem.fel(file.toString(), SourcePos.NONE, "Filen kan inte läsas: "
          + e.getMessage()));
      return null;
    }
  }
}
