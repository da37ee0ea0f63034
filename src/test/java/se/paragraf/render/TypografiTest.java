package se.paragraf.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class TypografiTest {

  @Test
  void spelledOutDateHasSwedishWeekdayAndMonth() {
    assertEquals("Torsdag 5 mars 2015", Typografi.datumVersal(LocalDate.of(2015, 3, 5)));
    assertEquals("fredag 28 november 2014", Typografi.datum(LocalDate.of(2014, 11, 28)));
  }

  @Test
  void timeRangeUsesDotsAndEnDash() {
    assertEquals("kl. 09.00–15.00", Typografi.tid(LocalTime.of(9, 0), LocalTime.of(15, 0)));
    assertEquals("kl. 13.30", Typografi.tid(LocalTime.of(13, 30), null));
    assertEquals("Torsdag 5 mars 2015, kl. 09.00–15.00",
        Typografi.tidpunkt(LocalDate.of(2015, 3, 5), LocalTime.of(9, 0), LocalTime.of(15, 0)));
  }

  @Test
  void paragrafRangesAndSelections() {
    assertEquals("", Typografi.paragrafer(List.of()));
    assertEquals("§ 580", Typografi.paragrafer(List.of(580)));
    assertEquals("§§ 578–586", Typografi.paragrafer(List.of(578, 579, 580, 581, 582, 583, 584, 585, 586)));
    assertEquals("§§ 583 och 585", Typografi.paragrafer(List.of(585, 583)));
    assertEquals("§§ 1–3, 7 och 9–10", Typografi.paragrafer(List.of(1, 2, 3, 7, 9, 10, 3)));
    assertEquals("578–586", Typografi.paragrafIntervall(List.of(578, 586, 580)));
  }

  @Test
  void thousandsAreSeparatedByNoBreakSpace() {
    assertEquals("1\u00a0352\u00a0000", Typografi.tal(1_352_000));
    assertEquals("999", Typografi.tal(999));
    assertEquals("−30\u00a0000", Typografi.tal(-30_000));
  }
}
