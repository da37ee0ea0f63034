package se.paragraf.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.paragraf.fixtures.Fixtures;
import se.paragraf.fixtures.MeetingBuilder;
import se.paragraf.model.Anslag;
import se.paragraf.model.Meeting;

class AnslagDatesTest {

  @Test
  void fixtureProtokollGivesTheFixtureAnslag() {
    assertEquals(Fixtures.anslag(), AnslagDates.compute(Fixtures.organ(), Fixtures.protokoll()));
  }

  @Test
  void noJusteringNoAnslag() {
    Meeting m = MeetingBuilder.protokoll("2025-03-06").anslagUppsatt("2025-03-14").build();
    assertNull(AnslagDates.compute(Fixtures.organ(), m));
  }

  @ParameterizedTest(name = "justerat {0}, uppsatt {1} → uppsatt {2}, sista dag {3}, nedtas {4}")
  @CsvSource(nullValues = "-", value = {
      // an ordinary case: three weeks to the weekday, taken down the next workday
      "2025-03-13, 2025-03-14, 2025-03-14, 2025-04-04, 2025-04-07",
      // without 'anslag uppsatt' the justering date is the posting date
      "2025-03-13, -,          2025-03-13, 2025-04-03, 2025-04-04",
      // ends on långfredagen: påskafton, påskdagen, annandag påsk follow
      "2025-03-27, 2025-03-28, 2025-03-28, 2025-04-22, 2025-04-23",
      // ends on midsommarafton
      "2025-05-30, -,          2025-05-30, 2025-06-23, 2025-06-24",
      // ends on julafton: juldagen, annandag jul, a weekend follow
      "2025-12-02, 2025-12-03, 2025-12-03, 2025-12-29, 2025-12-30",
      // ends on nyårsafton, across the year into nyårsdagen and a weekend
      "2026-12-10, -,          2026-12-10, 2027-01-04, 2027-01-05",
      // ends on Kristi himmelsfärds dag; nedtas skips the weekend
      "2025-05-08, -,          2025-05-08, 2025-05-30, 2025-06-02",
      // ends on nationaldagen; pingstdagen is a Sunday, annandag pingst a workday
      "2025-05-16, -,          2025-05-16, 2025-06-09, 2025-06-10",
      // posted on a Saturday, ends on alla helgons dag
      "2025-10-10, 2025-10-11, 2025-10-11, 2025-11-03, 2025-11-04",
      // ends on första maj
      "2026-04-10, -,          2026-04-10, 2026-05-04, 2026-05-05",
      // ends on trettondedag jul (a Tuesday)
      "2025-12-16, -,          2025-12-16, 2026-01-07, 2026-01-08",
      // the last day is skärtorsdagen (a workday); nedtas skips the whole Easter weekend
      "2025-03-27, -,          2025-03-27, 2025-04-17, 2025-04-22",
  })
  void table(LocalDate justerat, LocalDate uppsatt, LocalDate expUppsatt, LocalDate expSista,
      LocalDate expNedtas) {
    Meeting m = MeetingBuilder.protokoll("2025-03-06").justerat(justerat.toString())
        .anslagUppsatt(uppsatt == null ? null : uppsatt.toString()).build();
    Anslag a = AnslagDates.compute(Fixtures.organ(), m);
    assertEquals(new Anslag(justerat, expUppsatt, expNedtas, expSista,
        Fixtures.organ().forvaringsplats()), a);
  }
}
