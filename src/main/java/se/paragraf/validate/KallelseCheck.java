package se.paragraf.validate;

import se.paragraf.model.Arende;
import se.paragraf.model.ArendeTyp;
import se.paragraf.model.Meeting;

/** A kallelse may leave decisions open; only an item with nothing in it is worth a word. */
final class KallelseCheck {
  private KallelseCheck() {}

  static void check(Meeting m, Findings f) {
    for (Arende a : m.arenden()) {
      if (a.typ() == ArendeTyp.ARENDE && a.beslut() == null && a.text().isEmpty()) {
        String what = a.nummer() != null ? "Ärende " + a.nummer() : "Ärendet";
        f.varning(a.pos(), what + " (" + a.rubrik() + ") har varken förslag eller text.");
      }
    }
  }
}
