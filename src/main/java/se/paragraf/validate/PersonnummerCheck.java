package se.paragraf.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.paragraf.model.Arende;
import se.paragraf.model.AttSats;
import se.paragraf.model.Meeting;
import se.paragraf.model.Reservation;
import se.paragraf.model.Yrkande;
import se.paragraf.model.text.Block;
import se.paragraf.model.text.Inline;

/**
 * Warns about anything that looks like a personnummer: protokoll are published, and personnummer
 * must never be (domain.md, Publishing). A varning, not a fel: the sekreterare decides.
 */
final class PersonnummerCheck {
  /** YYMMDD-NNNN or YYYYMMDD-NNNN with a plausible month and day ('+' for the over-100s). */
  private static final Pattern PERSONNUMMER = Pattern.compile(
      "(?<![\\d-])(?:19|20)?\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])[-+]\\d{4}(?!\\d)");

  private PersonnummerCheck() {}

  static void check(Meeting m, Findings f) {
    for (Arende a : m.arenden()) {
      arende(a, f);
    }
  }

  private static void arende(Arende a, Findings f) {
    List<String> texts = new ArrayList<>();
    texts.add(a.rubrik());
    a.text().forEach(b -> blockText(b, texts));
    if (a.beslut() != null) {
      a.beslut().attSatser().stream().map(AttSats::text).forEach(texts::add);
    }
    for (Yrkande y : a.yrkanden()) {
      texts.add(y.text());
      y.attSatser().stream().map(AttSats::text).forEach(texts::add);
    }
    texts.add(a.propositionsordning());
    a.reservationer().stream().map(Reservation::motivering).forEach(texts::add);
    for (String t : texts) {
      String found = t == null ? null : find(t);
      if (found != null) {
        f.varning(a.pos(), "Texten i \"" + a.rubrik() + "\" innehåller något som liknar ett "
            + "personnummer (" + found + "); personnummer får inte publiceras.");
        break;
      }
    }
    a.delpunkter().forEach(d -> arende(d, f));
  }

  /**
   * The first personnummer-like text in {@code t}, or null. The pattern runs only around a '-'
   * or '+' with six digits before and four after (it is slow to try at every position).
   */
  static String find(String t) {
    for (int i = 6; i + 4 < t.length(); i++) {
      char c = t.charAt(i);
      if ((c == '-' || c == '+') && digits(t, i - 6, i) && digits(t, i + 1, i + 5)) {
        Matcher m = PERSONNUMMER.matcher(t)
            .region(Math.max(0, i - 8), Math.min(t.length(), i + 5))
            .useTransparentBounds(true).useAnchoringBounds(false);
        if (m.find()) {
          return m.group();
        }
      }
    }
    return null;
  }

  private static boolean digits(String t, int from, int to) {
    if (to > t.length()) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = t.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static void blockText(Block b, List<String> out) {
    if (b instanceof Block.Para p) {
      out.add(Inline.plain(p.inlines()));
    } else if (b instanceof Block.Subheading h) {
      out.add(Inline.plain(h.inlines()));
    } else if (b instanceof Block.Quote q) {
      q.children().forEach(c -> blockText(c, out));
    } else if (b instanceof Block.ListBlock l) {
      l.items().forEach(item -> item.forEach(c -> blockText(c, out)));
    } else if (b instanceof Block.Table t) {
      t.header().forEach(cell -> out.add(Inline.plain(cell)));
      t.rows().forEach(r -> r.forEach(cell -> out.add(Inline.plain(cell))));
    }
  }
}
