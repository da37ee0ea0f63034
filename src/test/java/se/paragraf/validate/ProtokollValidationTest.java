package se.paragraf.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.paragraf.fixtures.MeetingBuilder.person;
import static se.paragraf.validate.ValidatorFixture.FILE;
import static se.paragraf.validate.ValidatorFixture.ORGAN;
import static se.paragraf.validate.ValidatorFixture.TOP;
import static se.paragraf.validate.ValidatorFixture.at;
import static se.paragraf.validate.ValidatorFixture.frontMatter;
import static se.paragraf.validate.ValidatorFixture.p580;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.paragraf.fixtures.ArendeBuilder;
import se.paragraf.fixtures.Fixtures;
import se.paragraf.fixtures.MeetingBuilder;
import se.paragraf.model.AttSats;
import se.paragraf.model.Beslut;
import se.paragraf.model.Meeting;
import se.paragraf.model.Problem;
import se.paragraf.model.Severity;

/** Protokoll-only rules: filled-in decisions, justerare, justering and anslag dates. */
class ProtokollValidationTest {

  private static Problem fel(int line, int col, String message) {
    return Problem.fel(FILE, at(line, col), message);
  }

  private static List<Problem> check(MeetingBuilder b) {
    return Validator.meeting(ORGAN, b.build());
  }

  @ParameterizedTest(name = "placeholder \"att {0}\"")
  @CsvSource(delimiter = '|', value = {"…", "...", "utse ____ till justerare", "''"})
  void placeholdersAreFelInAProtokoll(String text) {
    Beslut b = new Beslut(null, List.of(new AttSats("godkänna", at(24, 1)),
        new AttSats(text, at(25, 1))), at(23, 1));
    var a = ArendeBuilder.arende(580, "Val av justerare").pos(22, 1).beslut(b).build();
    String full = text.isEmpty() ? "att" : "att " + text;
    assertEquals(List.of(fel(25, 1, "Att-satsen är inte ifylld (\"" + full + "\"); ett protokoll "
        + "får inte innehålla platshållare.")), check(frontMatter().arende(a)));
  }

  @Test
  void placeholdersInOvrigaFragorToo() {
    var lokal = ArendeBuilder.delpunkt("Lokalfrågan").pos(62, 1)
        .beslut(ArendeBuilder.beslut(at(65, 1), "…")).build();
    assertEquals(List.of(fel(65, 1, "Att-satsen är inte ifylld (\"att …\"); ett protokoll får inte "
        + "innehålla platshållare.")),
        check(frontMatter().arende(p580(), ValidatorFixture.p583(lokal).build())));
  }

  @Test
  void placeholdersAreFineInAKallelse() {
    // the fixture kallelse has "att utse ____ till justerare" and "att …"
    assertEquals(List.of(), Validator.meeting(ORGAN, Fixtures.kallelse()));
  }

  @Test
  void arendeWithoutDecision() {
    var a = ArendeBuilder.arende(581, "Årsredovisning 2024").pos(30, 1)
        .text(ArendeBuilder.para("Se bilaga.")).build();
    assertEquals(List.of(fel(30, 1, "§ 581 Årsredovisning 2024 saknar beslut.")),
        check(frontMatter().arende(p580(), a)));
  }

  @Test
  void informationAndOvrigaFragorNeedNoDecision() {
    var ovriga = ValidatorFixture.p583(ArendeBuilder.delpunkt("Utan beslut").pos(62, 1).build(),
        ValidatorFixture.lokalfragan()).build();
    assertEquals(List.of(),
        check(frontMatter().arende(p580(), ValidatorFixture.p582(), ovriga)));
  }

  @Test
  void decisionWithoutAttSatser() {
    var empty = ArendeBuilder.arende(581, "Tom").pos(30, 1)
        .beslut(new Beslut(null, List.of(), at(31, 1))).build();
    var lead = ArendeBuilder.arende(582, "Hemställan").pos(40, 1)
        .beslut(new Beslut("Styrelsen godkänner dagordningen", List.of(), at(41, 1))).build();
    assertEquals(List.of(fel(31, 1, "Beslutet saknar att-satser; skriv varje att-sats på en egen rad direkt under \"Beslut:\".")),
        check(frontMatter().arende(p580(), empty, lead)));
  }

  @Test
  void noJusterareIsAVarningWhileDraftingAndAFelOnceJusterat() {
    MeetingBuilder draft = MeetingBuilder.protokoll("2025-03-06").ordforande("Bertil Almgren")
        .beslutande(person("Bertil Almgren", 8)).arende(p580());
    assertEquals(List.of(Problem.varning(FILE, TOP, "Justerare är inte utsedda.")), check(draft));
    assertEquals(List.of(fel(1, 1, "Protokollet är justerat men justerare saknas.")),
        check(draft.justerat("2025-03-13")));
  }

  @ParameterizedTest(name = "justerat {0}")
  @CsvSource(nullValues = "-", value = {
      "2025-03-06, -",
      "2025-03-20, -",
      "2025-03-21, 'varning:Protokollet justerades 2025-03-21, 15 dagar efter sammanträdet; enligt "
          + "kommunallagen ska det justeras senast 14 dagar efter (2025-03-20).'",
      "2025-03-05, 'fel:Protokollet kan inte vara justerat 2025-03-05, före sammanträdet "
          + "2025-03-06.'",
  })
  void justeringWithinFourteenDays(String justerat, String expected) {
    assertEquals(expected(expected), check(frontMatter().justerat(justerat).anslagUppsatt(null)
        .arende(p580())));
  }

  @ParameterizedTest(name = "justerat 2025-03-13, anslag uppsatt {0}")
  @CsvSource(nullValues = "-", value = {
      "2025-03-13, -",
      "2025-03-15, -",
      "2025-03-16, 'varning:Anslaget sattes upp 2025-03-16, 3 dagar efter justeringen; enligt "
          + "kommunallagen ska det ske senast andra dagen efter (2025-03-15).'",
      "2025-03-12, 'fel:Anslaget kan inte vara uppsatt 2025-03-12, före justeringen 2025-03-13.'",
  })
  void anslagByTheSecondDayAfterJustering(String uppsatt, String expected) {
    assertEquals(expected(expected), check(frontMatter().justerat("2025-03-13")
        .anslagUppsatt(uppsatt).arende(p580())));
  }

  @Test
  void anslagWithoutJustering() {
    assertEquals(List.of(fel(1, 1, "Anslaget är uppsatt 2025-03-14 men protokollet är inte "
        + "justerat (justerat saknas).")), check(frontMatter().justerat(null).arende(p580())));
  }

  @Test
  void problemsComeInSourceOrder() {
    var a = ArendeBuilder.arende(581, "Utan beslut").pos(30, 1).build();
    Meeting m = frontMatter().justerat("2025-03-31").anslagUppsatt(null)
        .beslutande(person("Anna Svensson", 11)).arende(p580(), a).build();
    List<Problem> p = Validator.meeting(ORGAN, m);
    assertEquals(List.of(1, 11, 30), p.stream().map(x -> x.pos().line()).toList());
    assertEquals(List.of(Severity.VARNING, Severity.FEL, Severity.FEL),
        p.stream().map(Problem::severity).toList());
  }

  private static List<Problem> expected(String spec) {
    if (spec == null) {
      return List.of();
    }
    String message = spec.substring(spec.indexOf(':') + 1);
    return List.of(spec.startsWith("fel:") ? Problem.fel(FILE, TOP, message)
        : Problem.varning(FILE, TOP, message));
  }
}
