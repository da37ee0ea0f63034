package se.paragraf.parse;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import se.paragraf.model.text.Block;
import se.paragraf.model.text.Inline;

/** flexmark block nodes to the model's {@link Block}s. */
final class Blocks {
  private final Body at;
  private final Inlines inlines;

  Blocks(Body at) {
    this.at = at;
    this.inlines = new Inlines(at);
  }

  Inlines inlines() {
    return inlines;
  }

  /** The block for {@code n}, or null for nodes that show nothing (rules, link definitions). */
  Block of(Node n) {
    return of(n, 0, 0);
  }

  private Block of(Node n, int lists, int quotes) {
    if (n instanceof Paragraph) {
      return new Block.Para(inlines.of(n));
    } else if (n instanceof ListBlock l) {
      return list(l, lists + 1, quotes);
    } else if (n instanceof BlockQuote) {
      if (quotes + 1 == BodyGuard.MAX_QUOTE_DEPTH + 1) {
        at.problems().fel(at.pos(n), BodyGuard.QUOTE_TOO_DEEP);
      }
      return new Block.Quote(children(n, lists, quotes + 1));
    } else if (n instanceof Heading h) {
      return new Block.Subheading(Math.max(3, h.getLevel()), inlines.of(h));
    } else if (n instanceof TableBlock) {
      return table(n);
    } else if (n instanceof HtmlBlockBase) {
      inlines.html(Sequences.text(n.getChars()), n);
      return lines(Sequences.text(n.getChars()), false);
    } else if (n instanceof FencedCodeBlock f) {
      return lines(f.getContentChars().toString(), true);
    } else if (n instanceof IndentedCodeBlock c) {
      return lines(c.getContentChars().toString(), true);
    } else if (n instanceof ThematicBreak || n instanceof Reference) {
      return null;
    }
    return lines(Sequences.text(n.getChars()), false);
  }

  private Block list(ListBlock l, int depth, int quotes) {
    if (depth == BodyGuard.MAX_LIST_DEPTH + 1) {
      at.problems().fel(at.pos(l.getFirstChild()), BodyGuard.LIST_TOO_DEEP);
    }
    List<List<Block>> items = new ArrayList<>();
    for (Node item = l.getFirstChild(); item != null; item = item.getNext()) {
      items.add(children(item, depth, quotes));
    }
    int start = l instanceof OrderedList o ? o.getStartNumber() : 1;
    return new Block.ListBlock(l instanceof OrderedList, start, items);
  }

  private List<Block> children(Node parent, int lists, int quotes) {
    List<Block> out = new ArrayList<>();
    for (Node c = parent.getFirstChild(); c != null; c = c.getNext()) {
      Block b = of(c, lists, quotes);
      if (b != null) {
        out.add(b);
      }
    }
    return out;
  }

  private Block table(Node table) {
    List<Block.Align> aligns = new ArrayList<>();
    List<List<Inline>> header = new ArrayList<>();
    List<List<List<Inline>>> rows = new ArrayList<>();
    for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
      boolean head = part instanceof TableHead;
      if (!head && !(part instanceof TableBody)) {
        continue; // the separator row and captions carry no cells of their own
      }
      for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
        if (!(row instanceof TableRow)) {
          continue;
        }
        List<List<Inline>> cells = new ArrayList<>();
        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
          if (cell instanceof TableCell tc) {
            cells.add(inlines.of(tc));
            if (head && header.isEmpty()) {
              aligns.add(align(tc.getAlignment()));
            }
          }
        }
        if (head && header.isEmpty()) {
          header.addAll(cells);
        } else {
          rows.add(cells);
        }
      }
    }
    return new Block.Table(aligns, header, rows);
  }

  private static Block.Align align(TableCell.Alignment a) {
    if (a == null) {
      return Block.Align.NONE;
    }
    switch (a) {
      case LEFT:
        return Block.Align.LEFT;
      case CENTER:
        return Block.Align.CENTER;
      case RIGHT:
        return Block.Align.RIGHT;
      default:
        return Block.Align.NONE;
    }
  }

  /** Verbatim text (code, raw HTML) as one paragraph, its lines kept apart. */
  private static Block lines(String text, boolean code) {
    List<Inline> out = new ArrayList<>();
    String[] lines = text.stripTrailing().split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        out.add(new Inline.LineBreak());
      }
      out.add(code ? new Inline.Code(lines[i]) : new Inline.Text(lines[i]));
    }
    return new Block.Para(out);
  }
}
