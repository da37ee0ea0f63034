package se.paragraf.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.paragraf.fixtures.MeetingBuilder.protokoll;
import static se.paragraf.fixtures.MeetingBuilder.serie;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.paragraf.fixtures.ArendeBuilder;
import se.paragraf.fixtures.MeetingBuilder;
import se.paragraf.fixtures.Organs;
import se.paragraf.model.Meeting;
import se.paragraf.model.Numrering;
import se.paragraf.model.Organ;
import se.paragraf.model.Problem;
import se.paragraf.model.SourcePos;
import se.paragraf.model.text.Block;
import se.paragraf.model.text.Inline;
import se.paragraf.number.Ledger;

/** The § series across an organ's protokoll. §§ of a built protokoll sit on lines 10, 11, … */
class SeriesValidationTest {
  private static final Organ LOPANDE = Organs.numrering(Numrering.LOPANDE, 560);
  private static final Organ PER_AR = Organs.numrering(Numrering.PER_AR, 1);

  private static String file(String datum) {
    return "agendas/norrdal/" + datum + "-protokoll.md";
  }

  private static Problem fel(String datum, int line, String message) {
    return Problem.fel(file(datum), SourcePos.of(line, 1), message);
  }

  @Test
  void aGoodSeriesInAnyOrder() {
    List<Meeting> ms = List.of(serie("2025-04-10", 571, 575), serie("2025-02-13", 560, 565),
        serie("2025-03-06", 566, 570));
    assertEquals(List.of(), Validator.series(LOPANDE, ms));
  }

  @Test
  void duplicateAcrossProtokollIsReportedAtTheLaterOne() {
    List<Meeting> ms = List.of(serie("2025-03-06", 565, 570), serie("2025-02-13", 560, 565));
    assertEquals(List.of(fel("2025-03-06", 10, "§ 565 finns redan i protokollet från 2025-02-13 "
        + "(agendas/norrdal/2025-02-13-protokoll.md).")), Validator.series(LOPANDE, ms));
  }

  @Test
  void gapWithinAProtokoll() {
    List<Meeting> ms = List.of(protokoll("2025-02-13", 560, 561, 563),
        serie("2025-03-06", 564, 565));
    assertEquals(List.of(fel("2025-02-13", 12, "§ 563 följer på § 561; paragraferna i ett "
        + "protokoll ska löpa i följd utan luckor (väntat § 562).")),
        Validator.series(LOPANDE, ms));
  }

  @Test
  void duplicateWithinAProtokoll() {
    List<Meeting> ms = List.of(protokoll("2025-02-13", 560, 561, 561, 562));
    assertEquals(List.of(fel("2025-02-13", 12, "§ 561 förekommer redan tidigare i protokollet.")),
        Validator.series(LOPANDE, ms));
  }

  @Test
  void gapBetweenProtokoll() {
    List<Meeting> ms = List.of(serie("2025-02-13", 560, 565), serie("2025-03-06", 568, 570));
    assertEquals(List.of(fel("2025-03-06", 10, "Protokollet börjar på § 568 men föregående "
        + "protokoll från 2025-02-13 slutade på § 565; det blir en lucka (väntat § 566).")),
        Validator.series(LOPANDE, ms));
  }

  @Test
  void numbersOutOfDateOrder() {
    List<Meeting> ms = List.of(serie("2025-02-13", 566, 570), serie("2025-03-06", 560, 565));
    assertEquals(List.of(
        Problem.varning(file("2025-02-13"), SourcePos.of(10, 1), "Det första protokollet börjar "
            + "på § 566, inte på § 560 (första paragraf i organ.yaml). Det stämmer om äldre "
            + "protokoll inte finns här."),
        fel("2025-03-06", 10, "Protokollet börjar på § 560, lägre än § 570 i det tidigare "
            + "protokollet från 2025-02-13; numren ska följa datumordningen.")),
        Validator.series(LOPANDE, ms));
  }

  @Test
  void theFirstProtokollMayStartLaterButNotEarlier() {
    List<Meeting> later = List.of(serie("2014-11-28", 578, 586), serie("2015-03-05", 587, 590));
    assertEquals(List.of(Problem.varning(file("2014-11-28"), SourcePos.of(10, 1),
        "Det första protokollet börjar på § 578, inte på § 560 (första paragraf i organ.yaml). "
            + "Det stämmer om äldre protokoll inte finns här.")),
        Validator.series(LOPANDE, later));
    List<Meeting> earlier = List.of(serie("2014-11-28", 550, 586));
    assertEquals(List.of(fel("2014-11-28", 10,
        "Protokollet börjar på § 550, före seriens första § 560 (första paragraf i organ.yaml).")),
        Validator.series(LOPANDE, earlier));
  }

  @Test
  void perArRestartsEveryYear() {
    List<Meeting> ms = List.of(serie("2024-11-28", 1, 12), serie("2024-12-12", 13, 20),
        serie("2025-01-20", 1, 6), serie("2025-02-13", 7, 9));
    assertEquals(List.of(), Validator.series(PER_AR, ms));
  }

  @Test
  void perArYearThatDoesNotRestart() {
    List<Meeting> ms = List.of(serie("2024-12-12", 1, 20), serie("2025-01-20", 21, 26),
        serie("2025-02-13", 27, 29));
    assertEquals(List.of(fel("2025-01-20", 10,
        "Årets första protokoll börjar på § 21, men numreringen börjar om på § 1 varje år.")),
        Validator.series(PER_AR, ms));
  }

  @Test
  void perArFirstKnownYearMayStartLater() {
    List<Meeting> ms = List.of(serie("2024-11-28", 40, 52), serie("2025-01-20", 1, 6));
    assertEquals(List.of(Problem.varning(file("2024-11-28"), SourcePos.of(10, 1),
        "Det första protokollet börjar på § 40, inte på § 1 (första paragraf i organ.yaml). "
            + "Det stämmer om äldre protokoll inte finns här.")),
        Validator.series(PER_AR, ms));
  }

  @Test
  void perArGapWithinAYear() {
    List<Meeting> ms = List.of(serie("2025-01-20", 1, 6), serie("2025-02-13", 9, 12));
    assertEquals(List.of(fel("2025-02-13", 10, "Protokollet börjar på § 9 men föregående protokoll "
        + "från 2025-01-20 slutade på § 6; det blir en lucka (väntat § 7).")),
        Validator.series(PER_AR, ms));
  }

  @Test
  void undatedProtokollAreLeftToTheReader() {
    Meeting undated = new Meeting(file("2025-03-01"), "norrdal", se.paragraf.model.DocumentKind
        .PROTOKOLL, null, null, null, null, List.of(), List.of(), List.of(), List.of(), null, null,
        null, null, serie("2025-03-01", 900, 901).arenden(), SourcePos.of(1, 1));
    List<Meeting> ms = List.of(serie("2025-02-13", 560, 565), undated,
        serie("2025-03-06", 566, 567));
    assertEquals(List.of(), Validator.series(LOPANDE, ms));
    assertEquals(568, Ledger.of(LOPANDE, ms).next(LocalDate.of(2025, 4, 1)));
  }

  @Test
  void kallelserAreIgnored() {
    Meeting kallelse = MeetingBuilder.kallelse("2025-03-01").paragrafer(1, 2, 3).build();
    List<Meeting> ms = List.of(serie("2025-02-13", 560, 565), kallelse,
        serie("2025-03-06", 566, 567));
    assertEquals(List.of(), Validator.series(LOPANDE, ms));
  }

  @Test
  void citationsOfOtherBodiesParagraferAreText() {
    Block citat = new Block.Para(List.of(new Inline.Text("Enligt beslut i kommunfullmäktige "
        + "2014-10-14, § 230, och kommunstyrelsen § 561 2014-09-30 ska …")));
    Meeting first = MeetingBuilder.protokoll("2014-10-20").arende(
        ArendeBuilder.arende(560, "Riktlinjer").pos(10, 1).text(citat).beslut("anta").build(),
        ArendeBuilder.arende(561, "Uppföljning").pos(11, 1).text(citat).beslut("notera").build())
        .build();
    Meeting second = serie("2014-11-28", 562, 563);
    assertEquals(List.of(), Validator.series(LOPANDE, List.of(first, second)));
    assertEquals(564, Ledger.of(LOPANDE, List.of(first, second)).next(LocalDate.of(2014, 12, 1)));
  }
}
