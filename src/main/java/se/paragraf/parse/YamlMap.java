package se.paragraf.parse;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import se.paragraf.model.SourcePos;

/**
 * A YAML mapping with the file position of every key and value. Typed getters report problems
 * (missing, empty, wrong type, bad date) at those positions and return null.
 */
final class YamlMap {
  private static final DateTimeFormatter ISO_DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

  private record Entry(Node key, Node value) {}

  private final Map<String, Entry> entries = new LinkedHashMap<>();
  private final SourcePos pos;
  private final int firstLine;
  private final Problems problems;
  private final String where;

  private YamlMap(MappingNode node, int firstLine, Problems problems, String where) {
    this.pos = YamlDoc.pos(node, firstLine);
    this.firstLine = firstLine;
    this.problems = problems;
    this.where = where;
    for (NodeTuple t : node.getValue()) {
      String key = scalar(t.getKeyNode());
      if (key == null) {
        problems.fel(pos(t.getKeyNode()), "En nyckel måste vara text " + where + ".");
      } else if (entries.containsKey(key)) {
        problems.fel(pos(t.getKeyNode()), "Nyckeln \"" + key + "\" förekommer två gånger "
            + where + " (första gången på rad " + pos(entries.get(key).key()).line() + ").");
      } else {
        entries.put(key, new Entry(t.getKeyNode(), t.getValueNode()));
      }
    }
  }

  /**
   * The mapping in {@code node}; null with a fel when it is not one. {@code where} completes
   * messages: "i kallelsens inledning", "för en ledamot".
   */
  static YamlMap of(Node node, int firstLine, Problems problems, String where) {
    if (node instanceof MappingNode m) {
      return new YamlMap(m, firstLine, problems, where);
    }
    problems.fel(YamlDoc.pos(node, firstLine), "Här ska stå nycklar med värden (nyckel: värde) "
        + where + ".");
    return null;
  }

  SourcePos pos() {
    return pos;
  }

  String where() {
    return where;
  }

  /** Reports every key not in {@code allowed}. */
  void checkKeys(List<String> allowed) {
    entries.forEach((key, e) -> {
      if (!allowed.contains(key)) {
        String list = String.join(", ", allowed);
        problems.fel(pos(e.key()), "Okänd nyckel \"" + key + "\" " + where + "; tillåtna är: "
            + list + (list.endsWith(".") ? "" : "."));
      }
    });
  }

  boolean has(String key) {
    return entries.containsKey(key);
  }

  Node node(String key) {
    Entry e = entries.get(key);
    return e == null ? null : e.value();
  }

  /** Every key present → the position of its value. */
  java.util.Map<String, SourcePos> valuePositions() {
    java.util.Map<String, SourcePos> out = new java.util.LinkedHashMap<>();
    entries.keySet().forEach(k -> out.put(k, valuePos(k)));
    return out;
  }

  SourcePos valuePos(String key) {
    Entry e = entries.get(key);
    return e == null ? pos : pos(e.value());
  }

  SourcePos pos(Node node) {
    return YamlDoc.pos(node, firstLine);
  }

  /** A text value, stripped; null when missing or empty (a fel if required). */
  String text(String key, boolean required) {
    Entry e = entries.get(key);
    if (e == null) {
      if (required) {
        problems.fel(pos, "Nyckeln \"" + key + "\" saknas " + where + ".");
      }
      return null;
    }
    if (!(e.value() instanceof ScalarNode)) {
      problems.fel(pos(e.value()), "Nyckeln \"" + key + "\" ska ha ett textvärde.");
      return null;
    }
    String s = scalar(e.value());
    if (s == null || s.isBlank()) {
      if (required) {
        problems.fel(pos(e.key()), "Nyckeln \"" + key + "\" saknar värde.");
      }
      return null;
    }
    return s.strip();
  }

  /** A date yyyy-mm-dd; null when missing, empty or invalid (a fel at the value). */
  LocalDate date(String key, boolean required) {
    String s = text(key, required);
    if (s == null) {
      return null;
    }
    LocalDate d = parseDate(s);
    if (d == null) {
      problems.fel(valuePos(key), "Ogiltigt datum \"" + s + "\" för \"" + key
          + "\"; skriv åååå-mm-dd, till exempel 2025-03-06.");
    }
    return d;
  }

  /** The items of a list; empty for an empty value, null (with a fel) for a non-list. */
  List<Node> list(String key) {
    Entry e = entries.get(key);
    if (e == null) {
      return List.of();
    }
    if (e.value() instanceof SequenceNode s) {
      return new ArrayList<>(s.getValue());
    }
    String s = scalar(e.value());
    if (s != null && s.isBlank()) {
      return List.of();
    }
    problems.fel(pos(e.value()), "Nyckeln \"" + key + "\" ska ha en lista med en rad per punkt "
        + "(  - …).");
    return null;
  }

  /** A nested mapping, or null (a fel when present but not a mapping). */
  YamlMap map(String key, String nestedWhere) {
    Entry e = entries.get(key);
    if (e == null || (e.value() instanceof ScalarNode && scalar(e.value()).isBlank())) {
      return null;
    }
    return of(e.value(), firstLine, problems, nestedWhere);
  }

  /** The text of a scalar node (null for a YAML null or a non-scalar). */
  static String scalar(Node node) {
    if (node instanceof ScalarNode s) {
      return Tag.NULL.equals(s.getTag()) && !"".equals(s.getValue()) && s.isPlain()
          ? "" : s.getValue();
    }
    return null;
  }

  static LocalDate parseDate(String s) {
    try {
      return LocalDate.parse(s, ISO_DATE);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
