package se.paragraf.e2e;

import java.time.LocalDate;
import se.paragraf.fixtures.Fixtures;
import se.paragraf.model.Anslag;
import se.paragraf.model.Meeting;
import se.paragraf.workflow.AnslagDates;

/** The anslag dates the law's rules (as {@link AnslagDates} states them) give a justering day. */
final class AnslagExpectation {
  private AnslagExpectation() {}

  /** A protokoll justerat on {@code day} with no separate posting date. */
  static Anslag forJusteringOn(LocalDate day) {
    Meeting p = Fixtures.protokoll();
    Meeting justerat = new Meeting(p.file(), p.organKey(), p.kind(), p.datum(), p.start(), p.slut(),
        p.plats(), p.beslutande(), p.ersattare(), p.ovriga(), p.justerare(), p.ordforande(),
        p.sekreterare(), day, null, p.arenden(), p.pos());
    return AnslagDates.compute(Fixtures.organ(), justerat);
  }
}
