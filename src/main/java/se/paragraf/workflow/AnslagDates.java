package se.paragraf.workflow;

import java.time.LocalDate;
import se.paragraf.model.Anslag;
import se.paragraf.model.Meeting;
import se.paragraf.model.Organ;

/**
 * The dates of the tillkännagivande of a justerat protokoll (BEVIS OM ANSLAG).
 *
 * <ul>
 *   <li><b>uppsatt</b>: the protokoll's {@code anslag uppsatt} when given, else the justering date.
 *       The law (KL 8 kap. 12 §) allows posting up to the second day after justering, but the
 *       appeal period runs from the real posting day: a default later than the real day would
 *       print a last appeal day that has already passed, while the justering date can only print
 *       one that is early, never one that misleads a resident into appealing too late. Digital
 *       anslagstavlor usually post the same day, so the default is also most often right.
 *   <li><b>sistaDagForOverklagande</b>: an appeal must arrive "inom tre veckor från den dag" the
 *       tillkännagivande was posted (KL 13 kap. 5 §), i.e. on the same weekday three weeks later,
 *       uppsatt + 21 days; when that day is a Saturday, Sunday, public holiday, midsommarafton,
 *       julafton or nyårsafton, the next workday (lag 1930:173).
 *   <li><b>nedtas</b>: the tillkännagivande stays posted at least three weeks and until the time for
 *       appeal has run out (KL 8 kap. 12 §), so it comes down after the last appeal day: on the
 *       first workday after {@code sistaDagForOverklagande}, as boards take it down on a workday.
 * </ul>
 */
public final class AnslagDates {
  static final int VECKOR_FOR_OVERKLAGANDE = 3;

  private AnslagDates() {}

  /** The anslag of {@code protokoll}, or null when it has no {@code justerat} date. */
  public static Anslag compute(Organ organ, Meeting protokoll) {
    LocalDate justerat = protokoll.justerat();
    if (justerat == null) {
      return null;
    }
    LocalDate uppsatt = protokoll.anslagUppsatt() != null ? protokoll.anslagUppsatt() : justerat;
    LocalDate sista = SwedishCalendar.nextWorkday(uppsatt.plusWeeks(VECKOR_FOR_OVERKLAGANDE));
    LocalDate nedtas = SwedishCalendar.nextWorkday(sista.plusDays(1));
    return new Anslag(justerat, uppsatt, nedtas, sista, organ.forvaringsplats());
  }
}
