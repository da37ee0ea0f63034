package se.paragraf.render.docx;

import static se.paragraf.render.docx.Wml.F;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.docx4j.wml.P;
import org.docx4j.wml.R;
import org.docx4j.wml.RPr;
import se.paragraf.model.text.Inline;

/** Inline body text to runs and hyperlinks. Emphasis and strong are direct formatting. */
final class Inlines {
  private Inlines() {}

  /** The runs (and hyperlinks) of {@code inlines}. */
  static List<Object> runs(List<Inline> inlines, DocxContext ctx) {
    List<Object> out = new ArrayList<>();
    add(out, inlines, false, false, null, ctx);
    return out;
  }

  /** Only http, https and mailto become links; the parser guarantees it, this checks again. */
  static boolean linkable(String href) {
    String h = href == null ? "" : href.strip().toLowerCase(Locale.ROOT);
    return h.startsWith("http://") || h.startsWith("https://") || h.startsWith("mailto:");
  }

  private static void add(List<Object> out, List<Inline> inlines, boolean bold, boolean italic,
      String charStyle, DocxContext ctx) {
    for (Inline i : inlines) {
      if (i instanceof Inline.Text t) {
        // a soft line break inside a source paragraph is a space, not a w:br
        out.add(run(t.text().replace('\n', ' '), bold, italic, charStyle));
      } else if (i instanceof Inline.Emph e) {
        add(out, e.children(), bold, true, charStyle, ctx);
      } else if (i instanceof Inline.Strong s) {
        add(out, s.children(), true, italic, charStyle, ctx);
      } else if (i instanceof Inline.Code c) {
        out.add(run(c.text(), bold, italic, Stil.KOD));
      } else if (i instanceof Inline.Link l) {
        link(out, l, bold, italic, ctx);
      } else if (i instanceof Inline.LineBreak) {
        R r = F.createR();
        r.getContent().add(F.createBr());
        out.add(r);
      }
    }
  }

  private static void link(List<Object> out, Inline.Link l, boolean bold, boolean italic,
      DocxContext ctx) {
    if (!linkable(l.href())) {
      add(out, l.children(), bold, italic, null, ctx);
      return;
    }
    P.Hyperlink h = F.createPHyperlink();
    h.setId(ctx.hyperlink(l.href().strip()));
    add(h.getContent(), l.children(), bold, italic, Stil.HYPERLANK, ctx);
    out.add(h);
  }

  private static R run(String text, boolean bold, boolean italic, String charStyle) {
    R r = charStyle == null ? Wml.r(text) : Wml.styled(charStyle, text);
    if (bold || italic) {
      RPr pr = Wml.rPr(r);
      if (bold) {
        pr.setB(F.createBooleanDefaultTrue());
      }
      if (italic) {
        pr.setI(F.createBooleanDefaultTrue());
      }
    }
    return r;
  }
}
