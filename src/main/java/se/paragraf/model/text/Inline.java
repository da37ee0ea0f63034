package se.paragraf.model.text;

import java.util.List;

/**
 * Inline content of body text. Text is plain: renderers escape it. Raw HTML in a source arrives
 * here as {@link Text}, so it is shown, never executed.
 */
public sealed interface Inline {

  /** Plain text, unescaped. */
  record Text(String text) implements Inline {}

  record Emph(List<Inline> children) implements Inline {
    public Emph {
      children = List.copyOf(children);
    }
  }

  record Strong(List<Inline> children) implements Inline {
    public Strong {
      children = List.copyOf(children);
    }
  }

  record Code(String text) implements Inline {}

  /** A link; the parser only lets http, https and mailto targets through. */
  record Link(String href, List<Inline> children) implements Inline {
    public Link {
      children = List.copyOf(children);
    }
  }

  record LineBreak() implements Inline {}

  /** The concatenated plain text of inlines, for hashing, search and DOCX-to-text checks. */
  static String plain(List<Inline> inlines) {
    StringBuilder sb = new StringBuilder();
    for (Inline i : inlines) {
      if (i instanceof Text t) {
        sb.append(t.text());
      } else if (i instanceof Emph e) {
        sb.append(plain(e.children()));
      } else if (i instanceof Strong s) {
        sb.append(plain(s.children()));
      } else if (i instanceof Code c) {
        sb.append(c.text());
      } else if (i instanceof Link l) {
        sb.append(plain(l.children()));
      } else if (i instanceof LineBreak) {
        sb.append('\n');
      }
    }
    return sb.toString();
  }
}
