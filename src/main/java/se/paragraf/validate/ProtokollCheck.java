package se.paragraf.validate;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import se.paragraf.model.Arende;
import se.paragraf.model.ArendeTyp;
import se.paragraf.model.AttSats;
import se.paragraf.model.Beslut;
import se.paragraf.model.Meeting;

/** What only a protokoll must satisfy: filled-in decisions, justerare and the justering dates. */
final class ProtokollCheck {
  /** KL 8 kap. 12 §: justering within 14 days (the law says "senast fjorton dagar efter"). */
  static final int JUSTERING_DAGAR = 14;
  /** KL 8 kap. 12 §: tillkännagivande "senast andra dagen efter justeringen". */
  static final int ANSLAG_DAGAR = 2;

  private ProtokollCheck() {}

  static void check(Meeting m, Findings f) {
    for (Arende a : m.arenden()) {
      if (a.typ() == ArendeTyp.ARENDE && a.beslut() == null) {
        f.fel(a.pos(), ParagrafCheck.ref(a) + " " + a.rubrik() + " saknar beslut.");
      }
      beslut(a.beslut(), f);
      a.delpunkter().forEach(d -> beslut(d.beslut(), f));
    }
    if (m.justerare().isEmpty()) {
      if (m.justerat() != null) {
        f.fel(m.pos("justerare"), "Protokollet är justerat men justerare saknas.");
      } else {
        f.varning(m.pos("justerare"), "Justerare är inte utsedda.");
      }
    }
    dates(m, f);
  }

  private static void beslut(Beslut b, Findings f) {
    if (b == null) {
      return;
    }
    if (b.attSatser().isEmpty() && (b.inledning() == null || b.inledning().isBlank())) {
      f.fel(b.pos(), "Beslutet saknar att-satser; skriv varje att-sats på en egen rad direkt "
          + "under \"Beslut:\".");
    }
    for (AttSats s : b.attSatser()) {
      if (s.isPlaceholder()) {
        f.fel(s.pos(), "Att-satsen är inte ifylld (\"" + s.full() + "\"); ett protokoll får inte "
            + "innehålla platshållare.");
      }
    }
  }

  /**
   * Posting before justering is a fel: the tillkännagivande announces a justering that has not
   * happened, so the dates are wrong and must be corrected. Posting late is a varning: it breaks
   * the time limit, but it is what happened and cannot be undone; the appeal time simply runs from
   * the real date.
   */
  private static void dates(Meeting m, Findings f) {
    LocalDate j = m.justerat();
    LocalDate u = m.anslagUppsatt();
    if (j != null && m.datum() != null) {
      long days = ChronoUnit.DAYS.between(m.datum(), j);
      if (days < 0) {
        f.fel(m.pos("justerat"), "Protokollet kan inte vara justerat " + j + ", före sammanträdet "
            + m.datum() + ".");
      } else if (days > JUSTERING_DAGAR) {
        f.varning(m.pos("justerat"), "Protokollet justerades " + j + ", " + days + " dagar efter "
            + "sammanträdet; enligt kommunallagen ska det justeras senast 14 dagar efter ("
            + m.datum().plusDays(JUSTERING_DAGAR) + ").");
      }
    }
    if (u == null) {
      return;
    }
    if (j == null) {
      f.fel(m.pos("anslag uppsatt"), "Anslaget är uppsatt " + u + " men protokollet är inte justerat (justerat "
          + "saknas).");
      return;
    }
    long days = ChronoUnit.DAYS.between(j, u);
    if (days < 0) {
      f.fel(m.pos("anslag uppsatt"), "Anslaget kan inte vara uppsatt " + u + ", före justeringen " + j + ".");
    } else if (days > ANSLAG_DAGAR) {
      f.varning(m.pos("anslag uppsatt"), "Anslaget sattes upp " + u + ", " + days + " dagar efter justeringen; "
          + "enligt kommunallagen ska det ske senast andra dagen efter (" + j.plusDays(ANSLAG_DAGAR)
          + ").");
    }
  }
}
