package se.paragraf.render.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import se.paragraf.model.text.Block;
import se.paragraf.model.text.Inline;

/** Body text blocks as Markdown lines. */
final class BlockWriter {
  private BlockWriter() {}

  /** Blocks separated by blank lines. */
  static List<String> blocks(List<Block> blocks, int width) {
    List<String> out = new ArrayList<>();
    Block prev = null;
    boolean alternate = false;
    for (Block b : blocks) {
      // two lists in a row would read as one; the other marker starts a new list
      alternate = prev instanceof Block.ListBlock p && b instanceof Block.ListBlock l
          && p.ordered() == l.ordered() && !alternate;
      if (!out.isEmpty()) {
        out.add("");
      }
      out.addAll(block(b, width, alternate));
      prev = b;
    }
    return out;
  }

  private static List<String> block(Block b, int width, boolean alternate) {
    if (b instanceof Block.Para p) {
      return LineWrapper.wrap(InlineWriter.write(p.inlines()), width);
    } else if (b instanceof Block.ListBlock l) {
      return list(l, width, alternate);
    } else if (b instanceof Block.Table t) {
      return table(t);
    } else if (b instanceof Block.Quote q) {
      return blocks(q.children(), width - 2).stream().map(s -> s.isEmpty() ? ">" : "> " + s)
          .toList();
    } else if (b instanceof Block.Subheading h) {
      return List.of("#".repeat(Math.max(3, h.level())) + " " + heading(h.inlines()));
    }
    return List.of();
  }

  /** Heading text on one line; a trailing # would be taken for a closing sequence. */
  static String heading(List<Inline> inlines) {
    String s = InlineWriter.write(inlines).replace(InlineWriter.BREAK, ' ').replace("\\\n", " ");
    return s.endsWith("#") ? s.substring(0, s.length() - 1) + "\\#" : s;
  }

  private static List<String> list(Block.ListBlock l, int width, boolean alternate) {
    List<List<String>> items = new ArrayList<>();
    for (int i = 0; i < l.items().size(); i++) {
      String marker = l.ordered() ? (l.start() + i) + (alternate ? ")" : ".")
          : alternate ? "*" : "-";
      String indent = " ".repeat(marker.length() + 1);
      List<String> content = item(l.items().get(i), width - indent.length());
      List<String> lines = new ArrayList<>();
      for (int j = 0; j < content.size(); j++) {
        String c = content.get(j);
        lines.add(j == 0 ? (c.isEmpty() ? marker : marker + " " + c)
            : c.isEmpty() ? "" : indent + c);
      }
      if (lines.isEmpty()) {
        lines.add(marker);
      }
      items.add(lines);
    }
    boolean loose = items.stream().anyMatch(lines -> lines.contains(""));
    List<String> out = new ArrayList<>();
    for (List<String> lines : items) {
      if (loose && !out.isEmpty()) {
        out.add("");
      }
      out.addAll(lines);
    }
    return out;
  }

  /** An item's blocks: a nested list follows its paragraph directly, other blocks after a gap. */
  private static List<String> item(List<Block> blocks, int width) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      if (i > 0 && !(b instanceof Block.ListBlock && blocks.get(i - 1) instanceof Block.Para)) {
        out.add("");
      }
      out.addAll(blocks(List.of(b), width));
    }
    return out;
  }

  private static List<String> table(Block.Table t) {
    int columns = Math.max(t.aligns().size(), t.header().size());
    List<String> out = new ArrayList<>();
    List<List<Inline>> header = new ArrayList<>(t.header());
    while (header.size() < columns) {
      header.add(List.of());
    }
    out.add(row(header));
    List<String> seps = new ArrayList<>();
    for (int i = 0; i < columns; i++) {
      Block.Align a = i < t.aligns().size() ? t.aligns().get(i) : Block.Align.NONE;
      seps.add(a == Block.Align.LEFT ? ":---" : a == Block.Align.RIGHT ? "---:"
          : a == Block.Align.CENTER ? ":---:" : "---");
    }
    out.add("| " + String.join(" | ", seps) + " |");
    t.rows().forEach(r -> out.add(row(r)));
    return out;
  }

  private static String row(List<List<Inline>> cells) {
    return "|" + cells.stream().map(InlineWriter::cell).map(c -> c.isEmpty() ? " " : " " + c + " ")
        .collect(Collectors.joining("|")) + "|";
  }
}
