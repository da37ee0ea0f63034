package se.paragraf.parse;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import se.paragraf.model.Deltagare;
import se.paragraf.model.DocumentKind;

/** The front matter of a kallelse or protokoll, read from its YAML node tree. */
record MeetingHeader(
    DocumentKind kind,
    LocalDate datum,
    LocalTime start,
    LocalTime slut,
    String plats,
    String sekreterare,
    String ordforande,
    List<Deltagare> beslutande,
    List<Deltagare> ersattare,
    List<Deltagare> ovriga,
    List<Deltagare> justerare,
    LocalDate justerat,
    LocalDate anslagUppsatt,
    java.util.Map<String, se.paragraf.model.SourcePos> fieldPos) {

  static final List<String> KALLELSE_KEYS = List.of("typ", "datum", "tid", "plats", "sekreterare");
  static final List<String> PROTOKOLL_KEYS = List.of("typ", "datum", "tid", "plats", "sekreterare",
      "ordförande", "beslutande", "tjänstgörande ersättare", "övriga deltagande", "justerare",
      "justerat", "anslag uppsatt");
  private static final Pattern FILE_NAME =
      Pattern.compile("(\\d{4}-\\d{2}-\\d{2})-(kallelse|protokoll)\\.md");

  /** Reads the header; fields it cannot read are null (with a fel), lists empty. */
  static MeetingHeader read(Node root, int firstLine, String file, Problems problems) {
    FileName name = FileName.of(file);
    DocumentKind peeked = root instanceof MappingNode m ? kindOf(peek(m, "typ")) : null;
    DocumentKind assumed = peeked != null ? peeked : name.kind();
    YamlMap map = YamlMap.of(root, firstLine, problems, where(assumed));
    if (map == null) {
      return null;
    }
    DocumentKind kind = typ(map, problems, name);
    map.checkKeys(assumed == DocumentKind.KALLELSE ? KALLELSE_KEYS : PROTOKOLL_KEYS);
    LocalDate datum = map.date("datum", true);
    if (datum != null && name.datum() != null && !datum.equals(name.datum())) {
      problems.fel(map.valuePos("datum"), "Datumet " + datum + " stämmer inte med filnamnets "
          + name.datum() + ".");
    }
    Tid tid = tid(map, problems);
    boolean protokoll = assumed != DocumentKind.KALLELSE;
    DeltagareReader people = new DeltagareReader(map, problems);
    if (protokoll && kind == DocumentKind.PROTOKOLL && !map.has("beslutande")) {
      problems.fel(map.pos(), "Nyckeln \"beslutande\" saknas i protokollets inledning.");
    }
    return new MeetingHeader(kind == null ? assumed : kind, datum,
        tid == null ? null : tid.start(), tid == null ? null : tid.slut(),
        map.text("plats", true), map.text("sekreterare", false),
        protokoll ? map.text("ordförande", false) : null,
        protokoll ? people.beslutande() : List.of(),
        protokoll ? people.ersattare() : List.of(),
        protokoll ? people.ovriga() : List.of(),
        protokoll ? people.justerare() : List.of(),
        protokoll ? map.date("justerat", false) : null,
        protokoll ? map.date("anslag uppsatt", false) : null,
        map.valuePositions());
  }

  /** The date and kind a conventional file name gives ("2025-03-06-kallelse.md"). */
  record FileName(String name, LocalDate datum, DocumentKind kind) {
    static FileName of(String file) {
      String name = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
      Matcher m = FILE_NAME.matcher(name);
      if (!m.matches()) {
        return new FileName(name, null, null);
      }
      return new FileName(name, YamlMap.parseDate(m.group(1)), kindOf(m.group(2)));
    }

    boolean conventional() {
      return datum != null;
    }
  }

  private static String where(DocumentKind kind) {
    if (kind == null) {
      return "i inledningen";
    }
    return kind == DocumentKind.KALLELSE ? "i kallelsens inledning" : "i protokollets inledning";
  }

  private static DocumentKind typ(YamlMap map, Problems problems, FileName name) {
    if (!map.has("typ")) {
      problems.fel(map.pos(), "Nyckeln \"typ\" saknas; skriv typ: kallelse eller typ: protokoll.");
      return null;
    }
    String typ = map.text("typ", true);
    if (typ == null) {
      return null;
    }
    DocumentKind kind = kindOf(typ);
    if (kind == null) {
      problems.fel(map.valuePos("typ"), "Okänd typ \"" + typ
          + "\"; skriv kallelse eller protokoll.");
    } else if (name.kind() != null && name.kind() != kind) {
      problems.fel(map.valuePos("typ"), "Typen \"" + typ + "\" stämmer inte med filnamnet "
          + name.name() + ".");
    }
    return kind;
  }

  private static Tid tid(YamlMap map, Problems problems) {
    String s = map.text("tid", true);
    if (s == null) {
      return null;
    }
    Tid tid = Tid.parse(s);
    if (tid == null) {
      problems.fel(map.valuePos("tid"), "Ogiltig tid \"" + s
          + "\"; skriv till exempel 09.00–15.00 eller bara 09.00.");
    } else if (tid.endsBeforeStart()) {
      problems.fel(map.valuePos("tid"), "Sluttiden " + Tid.format(tid.slut())
          + " är inte efter starttiden " + Tid.format(tid.start()) + ".");
      return new Tid(tid.start(), null);
    }
    return tid;
  }

  static DocumentKind kindOf(String typ) {
    if (typ == null) {
      return null;
    }
    for (DocumentKind k : DocumentKind.values()) {
      if (k.label().equals(typ.strip())) {
        return k;
      }
    }
    return null;
  }

  private static String peek(MappingNode m, String key) {
    for (NodeTuple t : m.getValue()) {
      if (key.equals(YamlMap.scalar(t.getKeyNode()))) {
        return YamlMap.scalar(t.getValueNode());
      }
    }
    return null;
  }
}
