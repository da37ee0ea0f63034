package se.paragraf.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.paragraf.fixtures.MeetingBuilder;
import se.paragraf.model.Meeting;
import se.paragraf.model.Numrering;
import se.paragraf.model.Organ;
import se.paragraf.fixtures.Organs;

class LedgerTest {

  /** "2025-02-13:580-586 2025-04-10:587-590" → one protokoll per date with that range. */
  static List<Meeting> meetings(String spec) {
    List<Meeting> out = new ArrayList<>();
    if (spec == null || spec.isBlank()) {
      return out;
    }
    for (String m : spec.trim().split("\\s+")) {
      String[] dateRange = m.split(":");
      String[] range = dateRange[1].split("-");
      out.add(MeetingBuilder.serie(dateRange[0], Integer.parseInt(range[0]),
          Integer.parseInt(range[1])));
    }
    return out;
  }

  @ParameterizedTest(name = "löpande, [{0}] → {1}: § {2}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "-                                             | 2025-03-06 | 560",
      "2014-11-28:578-586                            | 2015-03-05 | 587",
      "2014-11-28:578-586 2015-03-05:587-592         | 2015-04-23 | 593",
      // order of the input does not matter
      "2015-03-05:587-592 2014-11-28:578-586         | 2015-04-23 | 593",
      // a year boundary changes nothing in a running series
      "2024-12-12:600-610                            | 2025-01-20 | 611",
      // only meetings before the date count
      "2014-11-28:578-586 2015-03-05:587-592         | 2015-03-01 | 587",
      // the same date is not 'before'
      "2015-03-05:587-592                            | 2015-03-05 | 560",
  })
  void lopande(String existing, LocalDate date, int expected) {
    Organ organ = Organs.numrering(Numrering.LOPANDE, 560);
    assertEquals(expected, Ledger.of(organ, meetings(existing)).next(date));
  }

  @ParameterizedTest(name = "per år, [{0}] → {1}: § {2}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "-                                             | 2025-03-06 | 1",
      "2025-02-13:1-7                                | 2025-03-06 | 8",
      "2025-02-13:1-7 2025-03-06:8-12                | 2025-04-10 | 13",
      // first meeting of a new year restarts at § 1
      "2024-11-28:40-52 2024-12-12:53-60             | 2025-01-20 | 1",
      // the old year does not leak into the new one, the new one not into the old
      "2024-12-12:53-60 2025-01-20:1-6               | 2025-02-13 | 7",
      "2024-11-28:40-52 2025-01-20:1-6               | 2024-12-12 | 53",
      // New Year's Eve and New Year's Day are different years
      "2024-12-31:53-60                              | 2025-01-01 | 1",
  })
  void perAr(String existing, LocalDate date, int expected) {
    Organ organ = Organs.numrering(Numrering.PER_AR, 1);
    assertEquals(expected, Ledger.of(organ, meetings(existing)).next(date));
  }

  @Test
  void perArStartsEachYearAtTheConfiguredFirstParagraf() {
    Organ organ = Organs.numrering(Numrering.PER_AR, 10);
    Ledger ledger = Ledger.of(organ, meetings("2024-12-12:10-20"));
    assertEquals(10, ledger.next(LocalDate.of(2025, 1, 20)));
    assertEquals(21, ledger.next(LocalDate.of(2024, 12, 20)));
  }

  @Test
  void lastIsEmptyBeforeTheFirstMeetingAndTheMaximumAfter() {
    Ledger ledger = Ledger.of(Organs.numrering(Numrering.LOPANDE, 560),
        meetings("2014-11-28:578-586 2015-03-05:587-592"));
    assertEquals(OptionalInt.empty(), ledger.last(LocalDate.of(2014, 11, 28)));
    assertEquals(OptionalInt.of(586), ledger.last(LocalDate.of(2014, 11, 29)));
    assertEquals(OptionalInt.of(592), ledger.last(LocalDate.of(2030, 1, 1)));
  }

  @Test
  void lastPerArLooksOnlyAtTheSameYear() {
    Ledger ledger = Ledger.of(Organs.numrering(Numrering.PER_AR, 1),
        meetings("2024-12-12:53-60 2025-01-20:1-6"));
    assertEquals(OptionalInt.empty(), ledger.last(LocalDate.of(2025, 1, 20)));
    assertEquals(OptionalInt.of(6), ledger.last(LocalDate.of(2025, 2, 1)));
    assertEquals(OptionalInt.of(60), ledger.last(LocalDate.of(2024, 12, 31)));
  }

  @Test
  void kallelserDoNotCount() {
    Meeting kallelse = MeetingBuilder.kallelse("2025-02-13").paragrafer(1, 2, 3).build();
    Ledger ledger = Ledger.of(Organs.numrering(Numrering.LOPANDE, 560), List.of(kallelse));
    assertEquals(560, ledger.next(LocalDate.of(2025, 3, 6)));
  }

  @Test
  void usedByFindsTheProtokollHoldingANumberInTheSameSeries() {
    List<Meeting> ms = meetings("2024-12-12:1-9 2025-01-20:1-6");
    Ledger perAr = Ledger.of(Organs.numrering(Numrering.PER_AR, 1), ms);
    assertEquals(ms.get(1), perAr.usedBy(3, LocalDate.of(2025, 5, 1)).orElseThrow());
    assertEquals(ms.get(0), perAr.usedBy(8, LocalDate.of(2024, 1, 1)).orElseThrow());
    assertFalse(perAr.usedBy(8, LocalDate.of(2025, 5, 1)).isPresent());
    Ledger lopande = Ledger.of(Organs.numrering(Numrering.LOPANDE, 1), ms);
    assertTrue(lopande.usedBy(8, LocalDate.of(2025, 5, 1)).isPresent());
  }
}
