package se.paragraf.render.html;

import java.util.List;
import se.paragraf.model.text.Block;
import se.paragraf.model.text.Inline;

/**
 * Writes body text ({@link Block}, {@link Inline}) as HTML. Every text is escaped; links are kept
 * only for http, https and mailto; no attribute carries user text except a vetted href. The output
 * is XHTML-compatible (void elements self-closed).
 */
final class BodyHtml {
  private BodyHtml() {}

  /**
   * @param headingLevel the HTML level of a body sub-heading written {@code ###} (the shallowest
   *     the source allows); deeper ones follow, capped at h6
   */
  static String blocks(List<Block> blocks, int headingLevel) {
    StringBuilder sb = new StringBuilder(256);
    for (Block b : blocks) {
      block(sb, b, headingLevel);
    }
    return sb.toString();
  }

  static String inlines(List<Inline> inlines) {
    StringBuilder sb = new StringBuilder(64);
    inlines(sb, inlines);
    return sb.toString();
  }

  private static void block(StringBuilder sb, Block b, int headingLevel) {
    if (b instanceof Block.Para p) {
      sb.append("<p>");
      inlines(sb, p.inlines());
      sb.append("</p>\n");
    } else if (b instanceof Block.ListBlock l) {
      list(sb, l, headingLevel);
    } else if (b instanceof Block.Table t) {
      table(sb, t);
    } else if (b instanceof Block.Quote q) {
      sb.append("<blockquote>\n");
      for (Block c : q.children()) {
        block(sb, c, headingLevel);
      }
      sb.append("</blockquote>\n");
    } else if (b instanceof Block.Subheading h) {
      int level = Math.min(6, headingLevel + Math.max(0, h.level() - 3));
      sb.append("<h").append(level).append('>');
      inlines(sb, h.inlines());
      sb.append("</h").append(level).append(">\n");
    }
  }

  private static void list(StringBuilder sb, Block.ListBlock l, int headingLevel) {
    if (l.ordered()) {
      sb.append(l.start() == 1 ? "<ol>\n" : "<ol start=\"" + l.start() + "\">\n");
    } else {
      sb.append("<ul>\n");
    }
    for (List<Block> item : l.items()) {
      sb.append("<li>");
      if (item.size() == 1 && item.get(0) instanceof Block.Para p) {
        // a tight item: no paragraph inside the list item
        inlines(sb, p.inlines());
      } else {
        sb.append('\n');
        for (Block c : item) {
          block(sb, c, headingLevel);
        }
      }
      sb.append("</li>\n");
    }
    sb.append(l.ordered() ? "</ol>\n" : "</ul>\n");
  }

  private static void table(StringBuilder sb, Block.Table t) {
    sb.append("<table>\n");
    if (!t.header().isEmpty()) {
      sb.append("<thead>\n<tr>");
      for (int i = 0; i < t.header().size(); i++) {
        sb.append("<th scope=\"col\"").append(alignClass(t, i)).append('>');
        inlines(sb, t.header().get(i));
        sb.append("</th>");
      }
      sb.append("</tr>\n</thead>\n");
    }
    sb.append("<tbody>\n");
    for (List<List<Inline>> row : t.rows()) {
      sb.append("<tr>");
      for (int i = 0; i < row.size(); i++) {
        sb.append("<td").append(alignClass(t, i)).append('>');
        inlines(sb, row.get(i));
        sb.append("</td>");
      }
      sb.append("</tr>\n");
    }
    sb.append("</tbody>\n</table>\n");
  }

  private static String alignClass(Block.Table t, int column) {
    Block.Align a = column < t.aligns().size() ? t.aligns().get(column) : Block.Align.NONE;
    if (a == Block.Align.RIGHT) {
      return " class=\"hoger\"";
    }
    return a == Block.Align.CENTER ? " class=\"mitten\"" : "";
  }

  private static void inlines(StringBuilder sb, List<Inline> inlines) {
    for (Inline i : inlines) {
      inline(sb, i);
    }
  }

  private static void inline(StringBuilder sb, Inline i) {
    if (i instanceof Inline.Text t) {
      Markup.appendEscaped(sb, t.text());
    } else if (i instanceof Inline.Emph e) {
      wrap(sb, "em", e.children());
    } else if (i instanceof Inline.Strong s) {
      wrap(sb, "strong", s.children());
    } else if (i instanceof Inline.Code c) {
      sb.append("<code>");
      Markup.appendEscaped(sb, c.text());
      sb.append("</code>");
    } else if (i instanceof Inline.Link l) {
      if (Markup.isSafeHref(l.href())) {
        sb.append("<a href=\"");
        Markup.appendEscaped(sb, l.href().strip());
        sb.append("\" rel=\"noopener\">");
        inlines(sb, l.children());
        sb.append("</a>");
      } else {
        inlines(sb, l.children()); // an unsafe target keeps its words, loses its link
      }
    } else if (i instanceof Inline.LineBreak) {
      sb.append("<br />\n");
    }
  }

  private static void wrap(StringBuilder sb, String tag, List<Inline> children) {
    sb.append('<').append(tag).append('>');
    inlines(sb, children);
    sb.append("</").append(tag).append('>');
  }
}
