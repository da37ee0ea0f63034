package se.paragraf.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SwedishCalendarTest {

  @ParameterizedTest(name = "påskdagen {0}: {1}")
  @CsvSource({
      "1943, 1943-04-25", // latest possible
      "2000, 2000-04-23",
      "2008, 2008-03-23",
      "2011, 2011-04-24",
      "2019, 2019-04-21",
      "2024, 2024-03-31",
      "2025, 2025-04-20",
      "2026, 2026-04-05",
      "2027, 2027-03-28",
      "2028, 2028-04-16",
      "2038, 2038-04-25",
      "2285, 2285-03-22", // earliest possible
  })
  void easter(int year, LocalDate expected) {
    assertEquals(expected, SwedishCalendar.easterSunday(year));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
      // 2024
      "2024-01-01, nyårsdagen",
      "2024-01-06, trettondedag jul",
      "2024-03-29, långfredagen",
      "2024-03-31, påskdagen",
      "2024-04-01, annandag påsk",
      "2024-05-01, första maj",
      "2024-05-09, Kristi himmelsfärds dag",
      "2024-05-19, pingstdagen",
      "2024-06-06, Sveriges nationaldag",
      "2024-06-22, midsommardagen",
      "2024-11-02, alla helgons dag",
      "2024-12-25, juldagen",
      "2024-12-26, annandag jul",
      // 2025
      "2025-04-18, långfredagen",
      "2025-04-20, påskdagen",
      "2025-04-21, annandag påsk",
      "2025-05-29, Kristi himmelsfärds dag",
      "2025-06-08, pingstdagen",
      "2025-06-21, midsommardagen",
      "2025-11-01, alla helgons dag",
      // 2026: alla helgons dag on 31 October, midsommardagen on the 20th
      "2026-04-03, långfredagen",
      "2026-04-06, annandag påsk",
      "2026-05-14, Kristi himmelsfärds dag",
      "2026-05-24, pingstdagen",
      "2026-06-20, midsommardagen",
      "2026-10-31, alla helgons dag",
      // 2027: midsommardagen on the 26th, alla helgons dag on 6 November
      "2027-03-26, långfredagen",
      "2027-03-29, annandag påsk",
      "2027-05-06, Kristi himmelsfärds dag",
      "2027-06-26, midsommardagen",
      "2027-11-06, alla helgons dag",
      // a holiday on a Sunday keeps its name
      "2027-06-06, Sveriges nationaldag",
      "2025-03-09, söndag",
  })
  void helgdagar(LocalDate d, String name) {
    assertEquals(Optional.of(name), SwedishCalendar.helgdag(d));
    assertEquals(Optional.of(name), SwedishCalendar.ledigDag(d));
  }

  @ParameterizedTest(name = "{0} is no holiday but ends no time limit: {1}")
  @CsvSource({
      "2024-06-21, midsommarafton",
      "2025-06-20, midsommarafton",
      "2026-06-19, midsommarafton",
      "2027-06-25, midsommarafton",
      "2025-12-24, julafton",
      "2025-12-31, nyårsafton",
      "2025-03-08, lördag",
      "2025-04-19, lördag", // påskafton
  })
  void dagarSomInteArHelgdagar(LocalDate d, String why) {
    assertEquals(Optional.empty(), SwedishCalendar.helgdag(d));
    assertEquals(Optional.of(why), SwedishCalendar.ledigDag(d));
  }

  @ParameterizedTest(name = "{0} is a workday")
  @CsvSource({
      "2025-03-06", // an ordinary Thursday
      "2025-06-09", // annandag pingst: no holiday since 2005
      "2025-06-19", // Thursday before midsommarafton
      "2026-06-26", // Friday after midsommar week
      "2025-11-07", // Friday after alla helgons dag
      "2025-04-17", // skärtorsdagen
      "2027-11-05", // the Friday before alla helgons dag is an ordinary day
      "2028-06-30", // a Friday in June outside 19-25
  })
  void vardagar(LocalDate d) {
    assertTrue(SwedishCalendar.isWorkday(d));
    assertEquals(d, SwedishCalendar.nextWorkday(d));
  }

  @ParameterizedTest(name = "next workday from {0}: {1}")
  @CsvSource({
      "2025-04-18, 2025-04-22", // långfredagen → tisdag after annandag påsk
      "2025-12-24, 2025-12-29",
      "2026-12-31, 2027-01-04",
      "2025-06-20, 2025-06-23",
      "2025-03-08, 2025-03-10",
  })
  void nextWorkday(LocalDate d, LocalDate expected) {
    assertEquals(expected, SwedishCalendar.nextWorkday(d));
  }
}
