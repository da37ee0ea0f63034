package se.paragraf.number;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import se.paragraf.model.DocumentKind;
import se.paragraf.model.Meeting;
import se.paragraf.model.Numrering;
import se.paragraf.model.Organ;

/**
 * The § ledger of one organ, built from its protokoll: which numbers are used and which one a new
 * protokoll gets. {@link Numrering#LOPANDE} runs one series forever; {@link Numrering#PER_AR} starts
 * a new series at {@link Organ#forstaParagraf()} every calendar year.
 */
public final class Ledger {
  private final Organ organ;
  private final List<Meeting> protokoll;

  private Ledger(Organ organ, List<Meeting> protokoll) {
    this.organ = organ;
    this.protokoll = protokoll;
  }

  /**
   * The ledger of {@code organ}; order does not matter. Kallelser are ignored, and so are protokoll
   * whose date could not be read (the reader reports those).
   */
  public static Ledger of(Organ organ, List<Meeting> protokoll) {
    return new Ledger(organ, dated(protokoll));
  }

  /** The protokoll that have a date, in date order (then file name). */
  public static List<Meeting> dated(List<Meeting> meetings) {
    return meetings.stream()
        .filter(m -> m.kind() == DocumentKind.PROTOKOLL && m.datum() != null)
        .sorted(Comparator.comparing(Meeting::datum)
            .thenComparing(Meeting::file, Comparator.nullsFirst(Comparator.naturalOrder())))
        .toList();
  }

  /** The first free § for a new protokoll dated {@code meetingDate}. */
  public int next(LocalDate meetingDate) {
    OptionalInt last = last(meetingDate);
    return last.isPresent() ? last.getAsInt() + 1 : organ.forstaParagraf();
  }

  /** The highest § used by protokoll dated before {@code before} in the same series. */
  public OptionalInt last(LocalDate before) {
    return protokoll.stream()
        .filter(m -> m.datum().isBefore(before) && sameSeries(m.datum(), before))
        .flatMap(m -> m.paragrafer().stream())
        .mapToInt(Integer::intValue)
        .max();
  }

  /** The earliest protokoll in the series of {@code date} that already uses § {@code paragraf}. */
  public Optional<Meeting> usedBy(int paragraf, LocalDate date) {
    return protokoll.stream()
        .filter(m -> sameSeries(m.datum(), date) && m.paragrafer().contains(paragraf))
        .findFirst();
  }

  /** True when meetings on {@code a} and {@code b} number their §§ in the same series. */
  public boolean sameSeries(LocalDate a, LocalDate b) {
    return sameSeries(organ, a, b);
  }

  /** True when meetings on {@code a} and {@code b} number their §§ in the same series. */
  public static boolean sameSeries(Organ organ, LocalDate a, LocalDate b) {
    return organ.numrering() == Numrering.LOPANDE || a.getYear() == b.getYear();
  }
}
