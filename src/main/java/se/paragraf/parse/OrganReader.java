package se.paragraf.parse;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.snakeyaml.engine.v2.nodes.Node;
import se.paragraf.model.Brevhuvud;
import se.paragraf.model.Mandat;
import se.paragraf.model.Numrering;
import se.paragraf.model.Organ;
import se.paragraf.model.Person;

/**
 * Reads an organ profile ({@code organ.yaml}). Never throws for bad input. The
 * value is null when the YAML cannot be read; otherwise it is built even when there are fel, with
 * null for what could not be read.
 */
public final class OrganReader {
  static final String WHERE = "i organ.yaml";
  static final List<String> KEYS = List.of("organisation", "organ", "subjekt", "numrering",
      "första paragraf", "sekreterare", "förvaringsplats", "anslagstavla", "brevhuvud",
      "ledamöter", "ersättare");
  static final List<String> BREVHUVUD_KEYS =
      List.of("adress", "organisationsnummer", "webbplats", "telefon", "e-post");
  static final List<String> PERSON_KEYS =
      List.of("namn", "parti", "organisation", "uppdrag", "fr.o.m.", "t.o.m.");
  private static final List<String> UPPDRAG = List.of("ordförande", "vice ordförande");

  private OrganReader() {}

  /** Reads {@code organYaml}; the organ's key is its folder's name. */
  public static Parsed<Organ> read(Path organYaml) {
    return SourceFiles.read(organYaml, OrganReader::organ);
  }

  /** Reads {@code content}; {@code file} names it in problems, {@code key} is the organ's key. */
  public static Parsed<Organ> parse(String file, String key, byte[] content) {
    return SourceFiles.parse(file, key, content, OrganReader::organ);
  }

  private static Organ organ(String file, String key, byte[] content, Problems problems) {
    SourceText source = SourceText.decode(content, problems);
    if (source == null) {
      return null;
    }
    Node root = YamlDoc.compose(source.text(), 1, problems);
    if (root == null) {
      if (!problems.hasFel()) {
        problems.fel(Problems.START, "organ.yaml innehåller inga nycklar.");
      }
      return null;
    }
    YamlMap map = YamlMap.of(root, 1, problems, WHERE);
    if (map == null) {
      return null;
    }
    map.checkKeys(KEYS);
    List<Person> register = new ArrayList<>();
    List<Node> ledamoter = map.list("ledamöter");
    people(map, "ledamöter", Mandat.LEDAMOT, problems, register);
    if (ledamoter != null && ledamoter.isEmpty()) {
      problems.fel(map.has("ledamöter") ? map.valuePos("ledamöter") : map.pos(),
          "organ.yaml måste ha minst en ledamot under \"ledamöter\".");
    }
    people(map, "ersättare", Mandat.ERSATTARE, problems, register);
    String anslagstavla = map.text("anslagstavla", false);
    if (anslagstavla != null && !anslagstavla.matches("(?i)https?://\\S+")) {
      problems.fel(map.valuePos("anslagstavla"), "Anslagstavlan ska vara en webbadress som "
          + "börjar med https://, inte \"" + anslagstavla + "\".");
    }
    return new Organ(key, file, map.text("organisation", true), map.text("organ", true),
        map.text("subjekt", true), numrering(map, problems), forstaParagraf(map, problems),
        map.text("sekreterare", true), map.text("förvaringsplats", true), anslagstavla,
        brevhuvud(map), register);
  }

  private static Numrering numrering(YamlMap map, Problems problems) {
    String s = map.text("numrering", true);
    if (s == null) {
      return null;
    }
    for (Numrering n : Numrering.values()) {
      if (n.label().equals(s)) {
        return n;
      }
    }
    problems.fel(map.valuePos("numrering"), "Ogiltig numrering \"" + s
        + "\"; skriv löpande eller per år.");
    return null;
  }

  private static int forstaParagraf(YamlMap map, Problems problems) {
    String s = map.text("första paragraf", false);
    if (s == null) {
      return 1;
    }
    if (s.matches("\\d{1,9}") && Integer.parseInt(s) >= 1) {
      return Integer.parseInt(s);
    }
    problems.fel(map.valuePos("första paragraf"), "\"första paragraf\" ska vara ett positivt "
        + "heltal, inte \"" + s + "\".");
    return 1;
  }

  private static Brevhuvud brevhuvud(YamlMap map) {
    YamlMap b = map.map("brevhuvud", "under \"brevhuvud\" i organ.yaml");
    if (b == null) {
      return Brevhuvud.EMPTY;
    }
    b.checkKeys(BREVHUVUD_KEYS);
    return new Brevhuvud(b.text("adress", false), b.text("organisationsnummer", false),
        b.text("webbplats", false), b.text("telefon", false), b.text("e-post", false));
  }

  private static void people(YamlMap map, String key, Mandat mandat, Problems problems,
      List<Person> out) {
    List<Node> items = map.list(key);
    if (items == null) {
      return;
    }
    String where = mandat == Mandat.LEDAMOT ? "för en ledamot" : "för en ersättare";
    for (Node item : items) {
      YamlMap p = YamlMap.of(item, 1, problems, where);
      if (p != null) {
        p.checkKeys(PERSON_KEYS);
        out.add(person(p, mandat, problems));
      }
    }
  }

  private static Person person(YamlMap p, Mandat mandat, Problems problems) {
    String parti = p.text("parti", false);
    boolean tjansteman = "tjänsteman".equalsIgnoreCase(parti);
    String uppdrag = p.text("uppdrag", false);
    if (uppdrag != null && !UPPDRAG.contains(uppdrag)) {
      problems.fel(p.valuePos("uppdrag"), "Ogiltigt uppdrag \"" + uppdrag
          + "\"; skriv ordförande eller vice ordförande.");
      uppdrag = null;
    }
    LocalDate from = p.date("fr.o.m.", false);
    LocalDate tom = p.date("t.o.m.", false);
    if (from != null && tom != null && tom.isBefore(from)) {
      problems.fel(p.valuePos("t.o.m."), "t.o.m. " + tom + " är före fr.o.m. " + from + ".");
    }
    return new Person(p.text("namn", true), tjansteman ? null : parti, tjansteman,
        p.text("organisation", false), mandat, uppdrag, from, tom, p.pos());
  }
}
