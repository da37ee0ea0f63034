package se.paragraf.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A spec file in the manner of flexmark-java's: prose with examples. An example is fenced by
 * {@link #FENCE} lines; its opening line names it and the file name the reader is given; its three
 * parts (source, model dump, problems) are separated by lines holding only ".".
 */
final class SpecFile {
  static final String FENCE = "`".repeat(32);
  private static final String SEPARATOR = ".";

  record Example(String name, String file, String source, String model, String problems,
      int line) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** Prose chunks and examples in file order: an element is a String or an Example. */
  private final List<Object> parts;

  private SpecFile(List<Object> parts) {
    this.parts = parts;
  }

  static SpecFile parse(String text) {
    List<Object> parts = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    StringBuilder prose = new StringBuilder();
    for (int i = 0; i < lines.length; i++) {
      if (!lines[i].startsWith(FENCE + " example ")) {
        prose.append(lines[i]).append(i + 1 < lines.length ? "\n" : "");
        continue;
      }
      String[] head = lines[i].substring(FENCE.length()).strip().split("\\s+");
      if (head.length != 3) {
        throw new IllegalArgumentException("line " + (i + 1) + ": want `example NAME FILE`");
      }
      int start = i;
      List<StringBuilder> sections = new ArrayList<>(List.of(new StringBuilder()));
      for (i++; i < lines.length && !lines[i].equals(FENCE); i++) {
        if (lines[i].equals(SEPARATOR)) {
          sections.add(new StringBuilder());
        } else {
          sections.get(sections.size() - 1).append(lines[i]).append('\n');
        }
      }
      if (i >= lines.length || sections.size() != 3) {
        throw new IllegalArgumentException("example at line " + (start + 1)
            + ": want three parts separated by '.' and a closing fence");
      }
      parts.add(prose.toString());
      prose.setLength(0);
      parts.add(new Example(head[1], head[2], sections.get(0).toString(),
          sections.get(1).toString(), sections.get(2).toString(), start + 1));
      prose.append(i + 1 < lines.length ? "\n" : "");
    }
    parts.add(prose.toString());
    return new SpecFile(parts);
  }

  List<Example> examples() {
    return parts.stream().filter(p -> p instanceof Example).map(p -> (Example) p).toList();
  }

  /** The file with each example's expected parts replaced by {@code actual} (name → [model, problems]). */
  String render(Map<String, String[]> actual) {
    StringBuilder sb = new StringBuilder();
    for (Object p : parts) {
      if (p instanceof Example e) {
        String[] a = actual.getOrDefault(e.name(), new String[] {e.model(), e.problems()});
        sb.append(FENCE).append(" example ").append(e.name()).append(' ').append(e.file())
            .append('\n').append(e.source()).append(SEPARATOR).append('\n').append(a[0])
            .append(SEPARATOR).append('\n').append(a[1]).append(FENCE);
      } else {
        sb.append((String) p);
      }
    }
    return sb.toString();
  }
}
