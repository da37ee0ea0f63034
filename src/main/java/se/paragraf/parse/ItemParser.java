package se.paragraf.parse;

import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Node;
import java.util.List;
import se.paragraf.model.SourcePos;
import se.paragraf.model.text.Block;

/**
 * Reads the body of one ärende: label stycken become its fields, everything else its text.
 * A stycke is a label stycke when its first line starts with a label; within it every line that
 * starts with a label opens the next one.
 */
final class ItemParser {
  private final Body at;
  private final Blocks blocks;

  ItemParser(Body at, Blocks blocks) {
    this.at = at;
    this.blocks = blocks;
  }

  void parse(ArendeDraft d) {
    List<Node> nodes = d.nodes;
    for (int i = 0; i < nodes.size(); i++) {
      Node n = nodes.get(i);
      Node next = i + 1 < nodes.size() ? nodes.get(i + 1) : null;
      if (n instanceof Paragraph p && Label.match(Line.of(p).get(0).text()) != null) {
        i += labels(d, p, next);
      } else {
        if (n instanceof Paragraph p) {
          lint(p);
        }
        Block b = blocks.of(n);
        if (b != null) {
          d.text.add(b);
        }
      }
    }
  }

  /** Reads a label stycke; returns how many of the following nodes it took (0 or 1). */
  private int labels(ArendeDraft d, Paragraph p, Node next) {
    List<Line> lines = Line.of(p);
    LabelBlock open = null;
    for (Line line : lines) {
      Label.Match m = Label.match(line.text());
      if (m != null) {
        if (open != null) {
          open.close(d);
        }
        open = open(d, m, line);
        continue;
      }
      misspelt(line);
      if (!open.takes(line)) {
        blocks.inlines().of(p, 0, line.offset());
        at.problems().varning(at.pos(line.offset()), "Raden hör inte till etiketten \""
            + open.label().display() + "\" och visas som brödtext; lämna en tom rad efter "
            + "etikettraderna.");
        d.text.add(new Block.Para(blocks.inlines().of(p, line.offset(), Integer.MAX_VALUE)));
        open.close(d);
        return 0;
      }
    }
    blocks.inlines().of(p); // reported for its raw HTML and links; the values are plain text
    int taken = 0;
    if (open.takesList() && next instanceof ListBlock l) {
      open.list(l);
      taken = 1;
    } else if (open.awaitsAtt() && next instanceof Paragraph q && Line.of(q).get(0).isAtt()) {
      blocks.inlines().of(q);
      Line.of(q).forEach(open::takes);
      taken = 1;
    }
    open.close(d);
    return taken;
  }

  private LabelBlock open(ArendeDraft d, Label.Match m, Line line) {
    Label label = m.label();
    SourcePos pos = at.pos(line.offset());
    if (label == Label.FORSLAG && at.protokoll()) {
      at.problems().fel(pos, "I ett protokoll heter etiketten \"Beslut:\", inte \"Förslag:\".");
    } else if (label == Label.BESLUT && !at.protokoll()) {
      at.problems().fel(pos, "I en kallelse heter etiketten \"Förslag:\"; \"Beslut:\" hör till "
          + "protokollet.");
    }
    Label key = label == Label.FORSLAG ? Label.BESLUT : label;
    SourcePos earlier = d.seen.get(key);
    boolean repeatable = label.value() == Label.Value.LIST && label != Label.OMROSTNING
        || label == Label.BILAGA;
    if (earlier != null && !repeatable) {
      at.problems().fel(pos, "Etiketten \"" + label.display() + "\" står redan på rad "
          + earlier.line() + " i samma ärende.");
    }
    d.seen.putIfAbsent(key, pos);
    return new LabelBlock(m, line, at, earlier != null && !repeatable);
  }

  /** Varnings for an ordinary stycke: a misspelt label first, a label in its middle. */
  private void lint(Paragraph p) {
    List<Line> lines = Line.of(p);
    misspelt(lines.get(0));
    for (Line line : lines.subList(1, lines.size())) {
      Label.Match m = Label.match(line.text());
      if (m != null) {
        at.problems().varning(at.pos(line.offset()), "Etiketten \"" + m.label().display()
            + "\" står mitt i ett stycke och läses som text; lämna en tom rad före den.");
      }
    }
  }

  private void misspelt(Line line) {
    Label like = Label.misspelt(line.text());
    if (like != null) {
      String word = line.text().substring(0, line.text().indexOf(':') + 1);
      at.problems().varning(at.pos(line.offset()), "\"" + word + "\" liknar etiketten \""
          + like.display() + "\" men läses som vanlig text; rätta stavningen om det ska vara en "
          + "etikett.");
    }
  }
}
