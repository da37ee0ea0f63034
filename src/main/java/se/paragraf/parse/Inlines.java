package se.paragraf.parse;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.paragraf.model.text.Inline;

/**
 * flexmark inline nodes to the model's {@link Inline}s. Raw HTML becomes text with a varning;
 * links other than http, https and mailto become their text with a varning.
 */
final class Inlines {
  private static final int SHOWN_HTML = 40;

  private final Body at;

  Inlines(Body at) {
    this.at = at;
  }

  /** The children of {@code parent} as inlines, adjacent texts merged. */
  List<Inline> of(Node parent) {
    List<Inline> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
      add(out, n);
    }
    return merge(out);
  }

  /**
   * The children of {@code parent} that end after body offset {@code from} and start before
   * {@code to}, as inlines (the part of a paragraph that follows or precedes a label).
   */
  List<Inline> of(Node parent, int from, int to) {
    List<Inline> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
      if (n.getEndOffset() > from && n.getStartOffset() < to
          && !(n instanceof SoftLineBreak && n.getStartOffset() < from)) {
        add(out, n);
      }
    }
    return merge(out);
  }

  /** The plain text of {@code parent}'s inline children (headings, table-free labels). */
  String plain(Node parent) {
    return Inline.plain(of(parent));
  }

  private void add(List<Inline> out, Node n) {
    if (n instanceof Text || n instanceof HtmlEntity) {
      out.add(new Inline.Text(Sequences.unescape(n.getChars())));
    } else if (n instanceof TextBase) {
      out.addAll(of(n));
    } else if (n instanceof SoftLineBreak) {
      out.add(new Inline.Text(" "));
    } else if (n instanceof HardLineBreak) {
      out.add(new Inline.LineBreak());
    } else if (n instanceof Code c) {
      out.add(new Inline.Code(c.getText().toString()));
    } else if (n instanceof StrongEmphasis) {
      out.add(new Inline.Strong(of(n)));
    } else if (n instanceof Emphasis) {
      out.add(new Inline.Emph(of(n)));
    } else if (n instanceof HtmlInlineBase) {
      html(Sequences.text(n.getChars()), n);
      out.add(new Inline.Text(Sequences.text(n.getChars())));
    } else if (n instanceof Link l) {
      link(out, l.getUrl().unescape(), of(l), n);
    } else if (n instanceof AutoLink a) {
      link(out, a.getUrl().unescape(), List.of(new Inline.Text(a.getText().toString())), n);
    } else if (n instanceof MailLink m) {
      String address = m.getText().toString();
      out.add(new Inline.Link("mailto:" + address, List.of(new Inline.Text(address))));
    } else if (n instanceof LinkRef r) {
      linkRef(out, r);
    } else if (n instanceof Image || n instanceof ImageRef) {
      List<Inline> alt = of(n);
      at.problems().varning(at.pos(n), "Bilder visas inte; bara bildtexten \""
          + Inline.plain(alt) + "\" står kvar.");
      out.addAll(alt);
    } else {
      out.add(new Inline.Text(Sequences.text(n.getChars())));
    }
  }

  /** Reports raw HTML once per opening tag (a closing tag belongs to the report before it). */
  void html(String raw, Node n) {
    String s = raw.strip();
    if (s.startsWith("</")) {
      return;
    }
    int end = s.indexOf('>');
    String shown = end > 0 && end < SHOWN_HTML ? s.substring(0, end + 1)
        : s.substring(0, Math.min(s.length(), SHOWN_HTML)).replace('\n', ' ') + "…";
    at.problems().varning(at.pos(n), "HTML-kod visas som text: " + shown);
  }

  private void link(List<Inline> out, String href, List<Inline> children, Node n) {
    if (allowed(href)) {
      out.add(new Inline.Link(href, children));
    } else {
      at.problems().varning(at.pos(n), "Länken \"" + href + "\" visas som text; bara http-, "
          + "https- och mailto-länkar tillåts.");
      out.addAll(children);
    }
  }

  private void linkRef(List<Inline> out, LinkRef r) {
    Document doc = r.getDocument();
    Reference ref = r.isDefined() ? r.getReferenceNode(doc) : null;
    if (ref == null) {
      out.add(new Inline.Text(r.getChars().unescape()));
      return;
    }
    List<Inline> children = r.getText().isEmpty()
        ? List.of(new Inline.Text(r.getReference().unescape())) : of(r);
    link(out, ref.getUrl().unescape(), children, r);
  }

  static boolean allowed(String href) {
    String h = href.strip().toLowerCase(Locale.ROOT);
    return h.startsWith("http://") || h.startsWith("https://") || h.startsWith("mailto:");
  }

  private static List<Inline> merge(List<Inline> in) {
    List<Inline> out = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (Inline i : in) {
      if (i instanceof Inline.Text t) {
        text.append(t.text());
      } else {
        flush(out, text);
        out.add(i);
      }
    }
    flush(out, text);
    return out;
  }

  private static void flush(List<Inline> out, StringBuilder text) {
    if (text.length() > 0) {
      out.add(new Inline.Text(text.toString()));
      text.setLength(0);
    }
  }
}
