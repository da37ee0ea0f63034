package se.paragraf.parse;

import java.util.ArrayList;
import java.util.List;
import se.paragraf.model.AttSats;
import se.paragraf.model.SourcePos;

/**
 * Collects att-satser line by line: a line starting with "att" opens one, any other line
 * continues the one before, or, before the first, the lead text (a Beslut's inledning, a
 * Yrkande's free text).
 */
final class AttCollector {
  private final Body at;
  private final StringBuilder lead = new StringBuilder();
  private final List<StringBuilder> texts = new ArrayList<>();
  private final List<SourcePos> positions = new ArrayList<>();

  AttCollector(Body at) {
    this.at = at;
  }

  void add(Line line) {
    if (line.isEmpty()) {
      return;
    }
    if (line.isAtt()) {
      texts.add(new StringBuilder(line.text().substring(3).strip()));
      positions.add(at.pos(line.offset()));
    } else {
      append(texts.isEmpty() ? lead : texts.get(texts.size() - 1), line.text());
    }
  }

  boolean isEmpty() {
    return lead.length() == 0 && texts.isEmpty();
  }

  /** The text before the first att-sats, or null. */
  String lead() {
    return lead.length() == 0 ? null : lead.toString();
  }

  List<AttSats> attSatser() {
    List<AttSats> out = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      out.add(new AttSats(texts.get(i).toString(), positions.get(i)));
    }
    return out;
  }

  static void append(StringBuilder sb, String text) {
    if (sb.length() > 0 && !text.isEmpty()) {
      sb.append(' ');
    }
    sb.append(text);
  }
}
