package se.paragraf.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.paragraf.fixtures.MeetingBuilder.ersatter;
import static se.paragraf.fixtures.MeetingBuilder.person;
import static se.paragraf.validate.ValidatorFixture.FILE;
import static se.paragraf.validate.ValidatorFixture.ORGAN;
import static se.paragraf.validate.ValidatorFixture.TOP;
import static se.paragraf.validate.ValidatorFixture.at;
import static se.paragraf.validate.ValidatorFixture.p580;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.paragraf.fixtures.MeetingBuilder;
import se.paragraf.fixtures.Organs;
import se.paragraf.model.Meeting;
import se.paragraf.model.Organ;
import se.paragraf.model.Problem;

/** Attendance against the register on the meeting date. */
class AttendanceValidationTest {

  private static MeetingBuilder protokoll() {
    return MeetingBuilder.protokoll("2025-03-06").ordforande("Bertil Almgren")
        .justerare(person("Bertil Almgren", 16)).justerat("2025-03-13").arende(p580());
  }

  private static List<Problem> check(Meeting m) {
    return Validator.meeting(ORGAN, m);
  }

  private static Problem fel(int line, int col, String message) {
    return Problem.fel(FILE, at(line, col), message);
  }

  @Test
  void theValidProtokollHasNoProblems() {
    assertEquals(List.of(), check(ValidatorFixture.full().build()));
  }

  @Test
  void beslutandeWhoseTenureEnded() {
    Organ organ = Organs.register(
        Organs.ledamot("Bertil Almgren", "ordförande", "2023-01-01", null),
        Organs.ledamot("Kenneth Andersson", null, "2019-01-01", "2024-12-31"));
    Meeting m = protokoll().beslutande(person("Bertil Almgren", 8), person("Kenneth Andersson", 9))
        .build();
    assertEquals(List.of(fel(9, 5, "Kenneth Andersson är inte ledamot i Styrelsen 2025-03-06 "
        + "(uppdraget upphörde 2024-12-31).")), Validator.meeting(organ, m));
  }

  @Test
  void beslutandeWhoseTenureHasNotBegun() {
    Organ organ = Organs.register(
        Organs.ledamot("Bertil Almgren", "ordförande", null, null),
        Organs.ledamot("Lars Berg", null, "2025-04-01", null));
    Meeting m = protokoll().beslutande(person("Bertil Almgren", 8), person("Lars Berg", 9))
        .build();
    assertEquals(List.of(fel(9, 5, "Lars Berg är inte ledamot i Styrelsen 2025-03-06 "
        + "(uppdraget börjar 2025-04-01).")), Validator.meeting(organ, m));
  }

  @Test
  void beslutandeWhoIsAnErsattare() {
    Meeting m = protokoll().beslutande(person("Bertil Almgren", 8), person("Sture Andersson", 9))
        .build();
    assertEquals(List.of(fel(9, 5, "Sture Andersson är inte ledamot i Styrelsen 2025-03-06 "
        + "(är ersättare).")), check(m));
  }

  @Test
  void beslutandeNotInTheRegister() {
    Meeting m = protokoll().beslutande(person("Bertil Almgren", 8), person("Anna Svensson", 9))
        .build();
    assertEquals(List.of(fel(9, 5, "Anna Svensson är inte ledamot i Styrelsen 2025-03-06 "
        + "(saknas bland ledamöterna i agendas/norrdal/organ.yaml).")), check(m));
  }

  @Test
  void tjanstgorandeErsattareWhoIsNoErsattare() {
    Meeting m = protokoll().beslutande(person("Bertil Almgren", 8))
        .ersattare(ersatter("Kenneth Andersson", "Maria Lund", 12)).build();
    assertEquals(List.of(fel(12, 5, "Kenneth Andersson är inte ersättare i Styrelsen 2025-03-06 "
        + "(är ledamot).")), check(m));
  }

  @Test
  void ersattareReplacingSomeoneWhoIsNoLedamot() {
    Meeting m = protokoll().beslutande(person("Bertil Almgren", 8))
        .ersattare(ersatter("Sture Andersson", "Per Öberg", 12),
            ersatter("Per Öberg", "Okänd Person", 13)).build();
    assertEquals(List.of(
        fel(12, 5, "Sture Andersson ersätter Per Öberg, som inte är ledamot i Styrelsen "
            + "2025-03-06 (är ersättare)."),
        fel(13, 5, "Per Öberg ersätter Okänd Person, som inte är ledamot i Styrelsen 2025-03-06 "
            + "(saknas bland ledamöterna i agendas/norrdal/organ.yaml).")), check(m));
  }

  @Test
  void ersattareReplacingSomeoneWhoIsPresent() {
    Meeting m = protokoll().beslutande(person("Bertil Almgren", 8), person("Maria Lund", 9))
        .ersattare(ersatter("Sture Andersson", "Maria Lund", 12)).build();
    assertEquals(List.of(fel(12, 5,
        "Sture Andersson ersätter Maria Lund, som själv står bland beslutande.")), check(m));
  }

  @Test
  void twoErsattareForOneLedamot() {
    Meeting m = protokoll().beslutande(person("Bertil Almgren", 8))
        .ersattare(ersatter("Sture Andersson", "Kenneth Andersson", 12),
            ersatter("Per Öberg", "Kenneth Andersson", 13)).build();
    assertEquals(List.of(fel(13, 5,
        "Per Öberg ersätter Kenneth Andersson, som redan ersätts av Sture Andersson.")), check(m));
  }

  @Test
  void samePersonTwice() {
    Meeting m = protokoll()
        .beslutande(person("Bertil Almgren", 8), person("Maria Lund", 9), person("Maria Lund", 10))
        .ersattare(ersatter("Sture Andersson", "Kenneth Andersson", 12))
        .ovriga(person("Sture Andersson", "ersättare", 14)).build();
    assertEquals(List.of(fel(10, 5, "Maria Lund står redan bland beslutande."),
        fel(14, 5, "Sture Andersson står redan bland tjänstgörande ersättare.")), check(m));
  }

  @Test
  void anErsattareListedInBothListsByTheReaderCountsOnce() {
    var sture = ersatter("Sture Andersson", "Kenneth Andersson", 12);
    Meeting m = protokoll().beslutande(person("Bertil Almgren", 8), sture).ersattare(sture)
        .build();
    assertEquals(List.of(), check(m));
  }

  @Test
  void ordforandeNotAmongBeslutande() {
    Meeting m = MeetingBuilder.protokoll("2025-03-06").ordforande("Kenneth Andersson")
        .beslutande(person("Bertil Almgren", 8)).justerare(person("Bertil Almgren", 16))
        .arende(p580()).build();
    assertEquals(List.of(Problem.fel(FILE, TOP,
        "Ordföranden Kenneth Andersson står inte bland beslutande.")), check(m));
  }

  @Test
  void theRegistersOrdforandeIsTheDefaultAndMustBePresent() {
    Meeting present = MeetingBuilder.protokoll("2025-03-06").beslutande(person("Bertil Almgren", 8))
        .justerare(person("Bertil Almgren", 16)).arende(p580()).build();
    assertEquals(List.of(), check(present));
    Meeting absent = MeetingBuilder.protokoll("2025-03-06").beslutande(person("Karin Ek", 8))
        .justerare(person("Karin Ek", 16)).arende(p580()).build();
    assertEquals(List.of(Problem.fel(FILE, TOP, "Ordföranden enligt registret, Bertil Almgren, "
        + "står inte bland beslutande; ange vem som var ordförande (ordförande: …).")),
        check(absent));
    Organ utanOrdforande = Organs.register(Organs.ledamot("Karin Ek", null, null, null));
    assertEquals(List.of(Problem.fel(FILE, TOP, "Ordförande saknas: ange ordförande i protokollet "
        + "eller uppdrag: ordförande för en ledamot i organ.yaml.")),
        Validator.meeting(utanOrdforande, absent));
  }

  @Test
  void justerareMustBeBeslutandeATjanstgorandeErsattareIsOne() {
    Meeting m = MeetingBuilder.protokoll("2025-03-06").ordforande("Bertil Almgren")
        .beslutande(person("Bertil Almgren", 8))
        .ersattare(ersatter("Sture Andersson", "Kenneth Andersson", 12))
        .justerare(person("Sture Andersson", 16), person("Per Öberg", 17)).arende(p580()).build();
    assertEquals(List.of(fel(17, 5, "Justeraren Per Öberg står inte bland beslutande.")),
        check(m));
  }

  @Test
  void noBeslutandeAtAll() {
    Meeting m = MeetingBuilder.protokoll("2025-03-06").justerare(person("Karin Ek", 16))
        .arende(p580()).build();
    assertEquals(List.of(Problem.fel(FILE, TOP, "Protokollet anger inga beslutande.")), check(m));
  }

  @Test
  void aKallelseNamesNobodyAndIsNotCheckedForAttendance() {
    assertEquals(List.of(), Validator.meeting(ORGAN, se.paragraf.fixtures.Fixtures.kallelse()));
  }

  @Test
  void withoutADateTheRegisterIsNotAsked() {
    Meeting undated = new Meeting(FILE, "norrdal", se.paragraf.model.DocumentKind.PROTOKOLL, null,
        null, null, null, List.of(person("Okänd Person", 8)), List.of(), List.of(),
        List.of(person("Okänd Person", 16)), null, null, LocalDate.of(2025, 3, 13),
        LocalDate.of(2025, 3, 12), List.of(p580()), TOP);
    assertEquals(List.of(Problem.fel(FILE, TOP,
        "Anslaget kan inte vara uppsatt 2025-03-12, före justeringen 2025-03-13.")),
        check(undated));
  }

  @Test
  void neverThrowsOnAModelItDidNotExpect() {
    List<Problem> problems = Validator.meeting(null, protokoll().beslutande(
        person("Bertil Almgren", 8)).build());
    assertEquals(1, problems.size());
    assertEquals(true, problems.get(0).isFel());
    assertEquals(true, problems.get(0).message().startsWith("Kontrollen kunde inte slutföras"));
    assertEquals(1, Validator.series(null, List.of(MeetingBuilder.serie("2025-01-01", 1, 2)))
        .size());
  }
}
