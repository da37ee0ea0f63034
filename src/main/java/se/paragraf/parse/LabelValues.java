package se.paragraf.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.paragraf.model.AttSats;
import se.paragraf.model.Deltagare;
import se.paragraf.model.Jav;
import se.paragraf.model.Reservation;
import se.paragraf.model.Rost;
import se.paragraf.model.Yrkande;

/** Reads the values of labels: names, votes, jäv, reservations, yrkanden. */
final class LabelValues {
  private static final Pattern ERSATTS_AV =
      Pattern.compile("(?iu)(.+?),?\\s+ersätts av\\s+(.+)");

  private final Body at;

  LabelValues(Body at) {
    this.at = at;
  }

  /** "Namn" or "Namn, ersätts av Namn". */
  Jav jav(Line line) {
    Matcher m = ERSATTS_AV.matcher(line.text());
    if (m.matches()) {
      return new Jav(m.group(1).strip(), m.group(2).strip(), at.pos(line.offset()));
    }
    return new Jav(line.text(), null, at.pos(line.offset()));
  }

  /** "Namn" or "Namn: motivering". */
  Reservation reservation(Line line) {
    int colon = line.text().indexOf(':');
    if (colon < 0) {
      return new Reservation(line.text(), null, at.pos(line.offset()));
    }
    String motivering = line.from(colon + 1).text();
    return new Reservation(line.text().substring(0, colon).strip(),
        motivering.isEmpty() ? null : motivering, at.pos(line.offset()));
  }

  /** "Namn: text" or "Namn: att …", further lines continuing it; null (with a fel) if no name. */
  Yrkande yrkande(List<Line> lines) {
    Line first = lines.get(0);
    int colon = first.text().indexOf(':');
    if (colon <= 0) {
      at.problems().fel(at.pos(first.offset()), "Skriv yrkandet som \"Namn: text\" eller "
          + "\"Namn: att …\".");
      return null;
    }
    AttCollector att = new AttCollector(at);
    att.add(first.from(colon + 1));
    lines.stream().skip(1).forEach(att::add);
    List<AttSats> satser = att.attSatser();
    return new Yrkande(first.text().substring(0, colon).strip(), att.lead(), satser,
        at.pos(first.offset()));
  }

  /** "Namn: ja", "Namn: nej" or "Namn: avstår"; null (with a fel at the value) otherwise. */
  Rost rost(Line line) {
    int colon = line.text().indexOf(':');
    if (colon <= 0) {
      at.problems().fel(at.pos(line.offset()), "Skriv rösten som \"Namn: ja\", \"Namn: nej\" "
          + "eller \"Namn: avstår\".");
      return null;
    }
    Line value = line.from(colon + 1);
    String v = value.text().toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
    for (Rost.Val val : Rost.Val.values()) {
      if (val.label().equals(v)) {
        return new Rost(line.text().substring(0, colon).strip(), val, at.pos(line.offset()));
      }
    }
    at.problems().fel(at.pos(value.offset()), "Ogiltig röst \"" + value.text()
        + "\"; skriv ja, nej eller avstår.");
    return null;
  }

  /** Comma-separated names, each at its own position. */
  List<Deltagare> names(Line line) {
    List<Deltagare> out = new ArrayList<>();
    int start = 0;
    String t = line.text();
    while (start <= t.length()) {
      int comma = t.indexOf(',', start);
      int end = comma < 0 ? t.length() : comma;
      Line part = line.from(start);
      String name = t.substring(start, end).strip();
      if (!name.isEmpty()) {
        out.add(Deltagare.of(name, at.pos(part.offset())));
      }
      start = end + 1;
    }
    return out;
  }
}
