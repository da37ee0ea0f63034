package se.paragraf.render.docx;

import java.util.ArrayList;
import java.util.List;
import org.docx4j.wml.JcEnumeration;
import org.docx4j.wml.P;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.Tr;
import se.paragraf.model.text.Block;
import se.paragraf.model.text.Inline;

/** Body text blocks to paragraphs, real numbered lists and tables. */
final class Blocks {
  /** Indent per list level, as in the reference's numbering definitions. */
  static final int LIST_INDENT = 357;

  private Blocks() {}

  static void write(List<Block> blocks, DocxContext ctx, List<Object> out) {
    write(blocks, ctx, out, Stil.BRODTEXT);
  }

  private static void write(List<Block> blocks, DocxContext ctx, List<Object> out,
      String paraStyle) {
    for (Block b : blocks) {
      if (b instanceof Block.Para p) {
        out.add(para(paraStyle, p.inlines(), ctx));
      } else if (b instanceof Block.Subheading h) {
        out.add(para(Stil.MELLANRUBRIK, h.inlines(), ctx));
      } else if (b instanceof Block.Quote q) {
        write(q.children(), ctx, out, Stil.CITAT);
      } else if (b instanceof Block.ListBlock l) {
        list(l, 0, ctx, out);
      } else if (b instanceof Block.Table t) {
        out.add(table(t, ctx));
        out.add(Wml.p(Stil.TABELLSLUT));
      }
    }
  }

  static P para(String style, List<Inline> inlines, DocxContext ctx) {
    return Wml.p(style, Inlines.runs(inlines, ctx).toArray());
  }

  /**
   * Each item's first paragraph carries the number; its later paragraphs continue at the item's
   * indent; nested lists go one level deeper. Each ordered list restarts at its own start.
   */
  private static void list(Block.ListBlock l, int level, DocxContext ctx, List<Object> out) {
    String style = l.ordered() ? Stil.NUMRERAD_LISTA : Stil.PUNKTLISTA;
    Long numId = l.ordered() ? ctx.orderedList(level, l.start()) : ctx.bulletNumId();
    for (List<Block> item : l.items()) {
      boolean first = true;
      for (Block b : item) {
        if (b instanceof Block.Para p && first) {
          P para = para(style, p.inlines(), ctx);
          out.add(numId == null ? para : Wml.numbered(para, numId, level));
        } else if (b instanceof Block.Para p) {
          out.add(Wml.indent(para(Stil.LISTFORTSATTNING, p.inlines(), ctx),
              LIST_INDENT * (level + 1)));
        } else if (b instanceof Block.ListBlock nested) {
          list(nested, level + 1, ctx, out);
        } else {
          write(List.of(b), ctx, out);
        }
        first = false;
      }
    }
  }

  /** A table with a repeated header row and column widths from its content. */
  static Tbl table(Block.Table t, DocxContext ctx) {
    List<List<String>> text = new ArrayList<>();
    if (!t.header().isEmpty()) {
      text.add(t.header().stream().map(Inline::plain).toList());
    }
    for (List<List<Inline>> row : t.rows()) {
      text.add(row.stream().map(Inline::plain).toList());
    }
    int[] widths = ColumnWidths.compute(text, ReferenceStyles.TEXT_WIDTH);
    Tbl tbl = Tabeller.table(Stil.TABELL, widths, !t.header().isEmpty());
    if (!t.header().isEmpty()) {
      row(Tabeller.headerRow(tbl), t.header(), t.aligns(), widths, Stil.TABELLRUBRIK, ctx);
    }
    for (List<List<Inline>> cells : t.rows()) {
      row(Tabeller.row(tbl), cells, t.aligns(), widths, Stil.TABELLTEXT, ctx);
    }
    return tbl;
  }

  private static void row(Tr tr, List<List<Inline>> cells, List<Block.Align> aligns, int[] widths,
      String style, DocxContext ctx) {
    for (int c = 0; c < widths.length; c++) {
      List<Inline> content = c < cells.size() ? cells.get(c) : List.of();
      P p = para(style, content, ctx);
      JcEnumeration jc = c < aligns.size() ? jc(aligns.get(c)) : null;
      Tabeller.cell(tr, widths[c], List.of(jc == null ? p : Wml.align(p, jc)));
    }
  }

  private static JcEnumeration jc(Block.Align a) {
    if (a == Block.Align.CENTER) {
      return JcEnumeration.CENTER;
    }
    return a == Block.Align.RIGHT ? JcEnumeration.RIGHT : null;
  }
}
