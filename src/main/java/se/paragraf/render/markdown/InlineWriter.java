package se.paragraf.render.markdown;

import java.util.List;
import java.util.regex.Pattern;
import se.paragraf.model.text.Inline;

/**
 * Inline content as Markdown that reads back to the same inlines. Spaces in text become
 * {@link #BREAK}, where {@link LineWrapper} may wrap the line; a line break becomes a backslash
 * and a newline.
 */
final class InlineWriter {
  /** A space at which a line may wrap. */
  static final char BREAK = '\u0000';

  private static final Pattern ENTITY = Pattern.compile("#?[A-Za-z0-9]{1,32};");
  private static final Pattern ORDERED_MARKER = Pattern.compile("^(\\d{1,9})([.)])");
  private static final Pattern LABEL = Pattern.compile(
      "^(?iu)(förslag|beslut|dnr|bilaga|jäv|yrkanden|propositionsordning|omröstning|reservation"
          + "|justerare|omedelbar[ \u0000]justering|utdrag[ \u0000]till|sekretess)([ \u0000]?):");

  private InlineWriter() {}

  /** Inlines of a paragraph or heading, wrappable at {@link #BREAK}. */
  static String write(List<Inline> inlines) {
    StringBuilder sb = new StringBuilder();
    write(sb, inlines, false);
    return sb.toString();
  }

  /** Inlines of a table cell: one line, pipes escaped, no wrap marks. */
  static String cell(List<Inline> inlines) {
    StringBuilder sb = new StringBuilder();
    write(sb, inlines, true);
    return sb.toString().replace(BREAK, ' ').strip();
  }

  /** Plain text (a rubrik) as Markdown inline content. */
  static String text(String s) {
    return write(List.of(new Inline.Text(s)));
  }

  private static void write(StringBuilder sb, List<Inline> inlines, boolean table) {
    for (Inline i : inlines) {
      if (i instanceof Inline.Text t) {
        boolean lineStart = sb.length() == 0 || sb.charAt(sb.length() - 1) == '\n';
        sb.append(text(t.text(), lineStart, table));
      } else if (i instanceof Inline.Emph e) {
        delimited(sb, "*", e.children(), table);
      } else if (i instanceof Inline.Strong s) {
        delimited(sb, "**", s.children(), table);
      } else if (i instanceof Inline.Code c) {
        sb.append(code(c.text().replace('\n', ' ')));
      } else if (i instanceof Inline.Link l) {
        sb.append('[');
        write(sb, l.children(), table);
        sb.append("](").append(href(l.href())).append(')');
      } else if (i instanceof Inline.LineBreak) {
        sb.append(table ? " " : "\\\n");
      }
    }
  }

  /** Emphasis needs its delimiters against non-space text; edge spaces go outside. */
  private static void delimited(StringBuilder sb, String d, List<Inline> children, boolean table) {
    StringBuilder inner = new StringBuilder();
    write(inner, children, table);
    String s = inner.toString();
    String core = s.strip().replaceAll("^\u0000+|\u0000+$", "");
    if (core.isEmpty()) {
      sb.append(s);
      return;
    }
    int lead = s.indexOf(core);
    sb.append(s, 0, lead).append(d).append(core).append(d).append(s.substring(lead + core.length()));
  }

  private static String text(String s, boolean lineStart, boolean table) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char prev = i > 0 ? s.charAt(i - 1) : ' ';
      char next = i + 1 < s.length() ? s.charAt(i + 1) : ' ';
      if (c == '\\' || c == '`' || c == '*' || c == '[' || c == ']' || (c == '|' && table)) {
        out.append('\\').append(c);
      } else if (c == '_') {
        // intraword underscores never make emphasis
        out.append(Character.isLetterOrDigit(prev) && Character.isLetterOrDigit(next) ? "_"
            : "\\_");
      } else if (c == '<') {
        out.append(Character.isLetter(next) || next == '/' || next == '!' || next == '?'
            ? "\\<" : "<");
      } else if (c == '&') {
        out.append(ENTITY.matcher(s).region(i + 1, s.length()).lookingAt() ? "\\&" : "&");
      } else if (c == ' ' || c == '\n') {
        out.append(table ? ' ' : BREAK);
      } else {
        out.append(c);
      }
    }
    return lineStart ? lineStart(out.toString()) : out.toString();
  }

  /** Escapes what would start a block or a label at the start of a line. */
  static String lineStart(String s) {
    if (s.isEmpty()) {
      return s;
    }
    char c = s.charAt(0);
    if (c == '#' || c == '>' || c == '-' || c == '+' || c == '=' || c == '~' || c == ':') {
      return "\\" + s;
    }
    var m = ORDERED_MARKER.matcher(s);
    if (m.find()) {
      return m.group(1) + "\\" + s.substring(m.group(1).length());
    }
    var l = LABEL.matcher(s);
    if (l.find()) {
      return s.substring(0, l.end() - 1) + "\\" + s.substring(l.end() - 1);
    }
    return s;
  }

  /** True when a line may start with {@code rest} without turning into a block or a label. */
  static boolean safeLineStart(String rest) {
    if (rest.isEmpty() || "#>-+*=|:~`".indexOf(rest.charAt(0)) >= 0) {
      return false;
    }
    if (rest.regionMatches(true, 0, "att", 0, 3)
        && (rest.length() == 3 || rest.charAt(3) == ' ' || rest.charAt(3) == BREAK)) {
      return false;
    }
    return !ORDERED_MARKER.matcher(rest).find() && !LABEL.matcher(rest).find();
  }

  /** A code span: a fence longer than any backtick run inside, padded where needed. */
  static String code(String s) {
    int longest = 0;
    int run = 0;
    for (char c : s.toCharArray()) {
      run = c == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    String fence = "`".repeat(longest + 1);
    boolean pad = s.startsWith("`") || s.endsWith("`")
        || (s.startsWith(" ") && s.endsWith(" ") && !s.isBlank());
    return fence + (pad ? " " : "") + s + (pad ? " " : "") + fence;
  }

  /** A link destination: in angle brackets when it has spaces, else with parentheses escaped. */
  static String href(String h) {
    if (h.chars().anyMatch(Character::isWhitespace) || h.indexOf('<') >= 0 || h.indexOf('>') >= 0) {
      return "<" + h.replace("\\", "\\\\").replace("<", "\\<").replace(">", "\\>") + ">";
    }
    return h.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)");
  }
}
