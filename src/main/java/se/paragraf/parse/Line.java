package se.paragraf.parse;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;

/**
 * One source line of a paragraph, stripped, with the body offset of its first character.
 */
record Line(String text, int offset) {

  static List<Line> of(Paragraph p) {
    List<Line> out = new ArrayList<>();
    for (BasedSequence s : p.getContentLines()) {
      // trimmed on the sequence, not the string: flexmark may pad a tab with virtual spaces
      BasedSequence t = s.trim();
      out.add(new Line(Sequences.text(t), t.isEmpty() ? s.getStartOffset() : t.getStartOffset()));
    }
    return out;
  }

  /** The rest of the line from index {@code i}, stripped, keeping its offset. */
  Line from(int i) {
    String rest = text.substring(Math.min(i, text.length()));
    String stripped = rest.strip();
    int lead = stripped.isEmpty() ? 0 : rest.indexOf(stripped);
    return new Line(stripped, offset + Math.min(i, text.length()) + lead);
  }

  boolean isEmpty() {
    return text.isEmpty();
  }

  /** "att …" or "Att …" or "att" alone: the start of an att-sats. */
  boolean isAtt() {
    return text.regionMatches(true, 0, "att", 0, 3)
        && (text.length() == 3 || Character.isWhitespace(text.charAt(3)));
  }
}
