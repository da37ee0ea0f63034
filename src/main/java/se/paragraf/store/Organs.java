package se.paragraf.store;

import java.sql.SQLException;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The boards, each with its organ.yaml kept as the revisions of one document. */
public final class Organs {
  /** Organ keys are folder names and URL segments. */
  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  /** The status of an organ profile document; the workflow never moves it. */
  public static final String PROFILE_STATUS = "aktiv";

  private static final String SELECT =
      "SELECT o.key, o.display_name, o.created_at, d.id AS source_id,"
          + " (SELECT MAX(r.number) FROM revision r WHERE r.document_id = d.id) AS current_revision"
          + " FROM organ o JOIN document d ON d.organ_key = o.key AND d.kind = 'organ'";

  private final Context ctx;

  Organs(Context ctx) {
    this.ctx = ctx;
  }

  /**
   * Creates an organ with {@code organYaml} as revision 1 of its profile, in one transaction.
   *
   * @throws ConflictException when the key is taken
   */
  public Organ create(String key, String displayName, String organYaml, String author) {
    if (key == null || !KEY.matcher(key).matches()) {
      throw new InvalidInputException(
          "Organets nyckel får bara innehålla a–z, 0–9, punkt, bindestreck och understreck.");
    }
    return ctx.jdbc.write(
        h -> {
          if (h.one("SELECT key FROM organ WHERE key = ?", r -> r.string("key"), key)
              .isPresent()) {
            throw new ConflictException("Organet " + key + " finns redan.");
          }
          h.update(
              "INSERT INTO organ (key, display_name, created_at) VALUES (?, ?, ?)",
              key,
              displayName,
              ctx.now());
          StoredDocument source =
              Documents.insert(
                  h, ctx.now(), new NewDocument(key, SourceKind.ORGAN, null, PROFILE_STATUS, null));
          Revisions.append(h, ctx.now(), source.id(), null, organYaml, author);
          return require(h, key);
        });
  }

  public Optional<Organ> organ(String key) {
    return ctx.jdbc.read(h -> h.one(SELECT + " WHERE o.key = ?", Organs::map, key));
  }

  /** All organs, sorted by name the Swedish way (å, ä, ö after z). */
  public List<Organ> organs() {
    List<Organ> all = ctx.jdbc.read(h -> h.list(SELECT, Organs::map));
    Collator swedish = Collator.getInstance(Locale.forLanguageTag("sv-SE"));
    all.sort(Comparator.comparing(Organ::displayName, swedish).thenComparing(Organ::key));
    return all;
  }

  public Organ rename(String key, String displayName) {
    return ctx.jdbc.write(
        h -> {
          require(h, key);
          h.update("UPDATE organ SET display_name = ? WHERE key = ?", displayName, key);
          return require(h, key);
        });
  }

  static Organ require(Handle h, String key) throws SQLException {
    return h.one(SELECT + " WHERE o.key = ?", Organs::map, key)
        .orElseThrow(() -> new NotFoundException("Organet " + key + " finns inte."));
  }

  private static Organ map(Row r) throws SQLException {
    return new Organ(
        r.string("key"),
        r.string("display_name"),
        r.longValue("source_id"),
        r.intValue("current_revision"),
        r.instant("created_at"));
  }
}
