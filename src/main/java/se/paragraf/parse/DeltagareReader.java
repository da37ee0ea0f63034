package se.paragraf.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import se.paragraf.model.Deltagare;
import se.paragraf.model.SourcePos;

/** Reads the attendance lists of a protokoll's front matter; each entry keeps its position. */
final class DeltagareReader {
  private static final String ERSATTER = " ersätter ";

  private final YamlMap map;
  private final Problems problems;

  DeltagareReader(YamlMap map, Problems problems) {
    this.map = map;
    this.problems = problems;
  }

  /** "Namn" or "Namn, roll". */
  List<Deltagare> beslutande() {
    return entries("beslutande", (s, pos) -> withRoll(s, pos));
  }

  /** "Namn ersätter Namn". */
  List<Deltagare> ersattare() {
    return entries("tjänstgörande ersättare", (s, pos) -> {
      int i = s.indexOf(ERSATTER);
      if (i <= 0 || s.substring(i + ERSATTER.length()).isBlank()) {
        problems.fel(pos, "Skriv en tjänstgörande ersättare som \"Namn ersätter Namn\", inte \""
            + s + "\".");
        return null;
      }
      return new Deltagare(s.substring(0, i).strip(), "ersättare",
          s.substring(i + ERSATTER.length()).strip(), pos);
    });
  }

  /** "Namn, titel, organisation": all after the name is the roll. */
  List<Deltagare> ovriga() {
    return entries("övriga deltagande", this::withRoll);
  }

  /** A list of names; a single comma-separated line is accepted too. */
  List<Deltagare> justerare() {
    if (map.node("justerare") != null && YamlMap.scalar(map.node("justerare")) != null) {
      if (map.text("justerare", false) == null) {
        return List.of();
      }
      Node node = map.node("justerare");
      SourcePos pos = map.valuePos("justerare");
      String raw = YamlMap.scalar(node);
      // a plain one-line scalar is the source text itself: each name gets its own column
      boolean exact = node instanceof ScalarNode sn && sn.isPlain()
          && sn.getStartMark().map(m -> m.getLine()).equals(sn.getEndMark().map(m -> m.getLine()));
      List<Deltagare> out = new ArrayList<>();
      int from = 0;
      for (String namn : raw.split(",")) {
        int at = raw.indexOf(namn, from);
        from = at + namn.length();
        if (!namn.isBlank()) {
          int lead = namn.length() - namn.stripLeading().length();
          out.add(Deltagare.of(namn.strip(), exact
              ? SourcePos.of(pos.line(), pos.column() + at + lead) : pos));
        }
      }
      return out;
    }
    return entries("justerare", (s, pos) -> Deltagare.of(s, pos));
  }

  private Deltagare withRoll(String s, SourcePos pos) {
    int comma = s.indexOf(',');
    if (comma < 0) {
      return new Deltagare(s, null, null, pos);
    }
    String roll = s.substring(comma + 1).strip();
    return new Deltagare(s.substring(0, comma).strip(), roll.isEmpty() ? null : roll, null, pos);
  }

  private List<Deltagare> entries(String key, BiFunction<String, SourcePos, Deltagare> reader) {
    List<Node> items = map.list(key);
    List<Deltagare> out = new ArrayList<>();
    if (items == null) {
      return out;
    }
    for (Node item : items) {
      String s = YamlMap.scalar(item);
      SourcePos pos = map.pos(item);
      if (s == null || s.isBlank()) {
        problems.fel(pos, "En rad under \"" + key + "\" ska vara text med ett namn.");
        continue;
      }
      Deltagare d = reader.apply(s.strip(), pos);
      if (d != null) {
        out.add(d);
      }
    }
    return out;
  }
}
