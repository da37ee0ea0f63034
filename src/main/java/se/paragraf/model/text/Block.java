package se.paragraf.model.text;

import java.util.List;

/** Body text of an ärende, independent of Markdown and of any output format. */
public sealed interface Block {

  /** A paragraph of running text ("stycke"). */
  record Para(List<Inline> inlines) implements Block {
    public Para {
      inlines = List.copyOf(inlines);
    }
  }

  /** A bullet or numbered list; each item is a list of blocks (nested lists allowed). */
  record ListBlock(boolean ordered, int start, List<List<Block>> items) implements Block {
    public ListBlock {
      items = items.stream().map(List::copyOf).toList();
    }
  }

  /** A table; {@code header} may be empty. Cells are inline content. */
  record Table(List<Align> aligns, List<List<Inline>> header, List<List<List<Inline>>> rows)
      implements Block {
    public Table {
      aligns = List.copyOf(aligns);
      header = header.stream().map(List::copyOf).toList();
      rows = rows.stream().map(r -> r.stream().map(List::copyOf).toList()).toList();
    }
  }

  enum Align {
    LEFT,
    CENTER,
    RIGHT,
    NONE
  }

  record Quote(List<Block> children) implements Block {
    public Quote {
      children = List.copyOf(children);
    }
  }

  /** A heading inside body text (level 3 or deeper in the source). */
  record Subheading(int level, List<Inline> inlines) implements Block {
    public Subheading {
      inlines = List.copyOf(inlines);
    }
  }
}
