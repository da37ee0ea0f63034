package se.paragraf.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.paragraf.fixtures.MeetingBuilder.person;
import static se.paragraf.validate.ValidatorFixture.FILE;
import static se.paragraf.validate.ValidatorFixture.ORGAN;
import static se.paragraf.validate.ValidatorFixture.at;
import static se.paragraf.validate.ValidatorFixture.frontMatter;
import static se.paragraf.validate.ValidatorFixture.p580;
import static se.paragraf.validate.ValidatorFixture.p581;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.paragraf.fixtures.ArendeBuilder;
import se.paragraf.fixtures.Fixtures;
import se.paragraf.fixtures.MeetingBuilder;
import se.paragraf.model.Arende;
import se.paragraf.model.Jav;
import se.paragraf.model.Meeting;
import se.paragraf.model.Omrostning;
import se.paragraf.model.Problem;
import se.paragraf.model.Reservation;
import se.paragraf.model.Rost;
import se.paragraf.model.Yrkande;

/** Jäv, votes, yrkanden, reservations and § justerare: who took part in each decision. */
class ParagrafValidationTest {

  private static List<Problem> check(Arende p581) {
    return Validator.meeting(ORGAN, frontMatter().arende(p580(), p581).build());
  }

  private static Problem fel(int line, int col, String message) {
    return Problem.fel(FILE, at(line, col), message);
  }

  private static Omrostning votes(Rost... r) {
    return new Omrostning(null, List.of(r), at(38, 1));
  }

  @Test
  void javigMemberWhoVotes() {
    Arende a = p581().omrostning(votes(new Rost("Per Öberg", Rost.Val.JA, at(40, 3)),
        new Rost("Karin Ek", Rost.Val.JA, at(41, 3)))).build();
    assertEquals(List.of(fel(41, 3, "Karin Ek anmälde jäv i § 581 och får inte rösta.")),
        check(a));
  }

  @Test
  void javigMemberWhoMovesAYrkande() {
    Arende a = p581().yrkande(new Yrkande("Karin Ek", "bifall", List.of(), at(37, 3))).build();
    assertEquals(List.of(fel(37, 3, "Karin Ek anmälde jäv i § 581 och kan inte yrka.")),
        check(a));
  }

  @Test
  void yrkandeBySomeoneNotDeciding() {
    Arende a = p581().yrkande(new Yrkande("Anna-Klara Granstrand", "bifall", List.of(), at(37, 3)))
        .build();
    assertEquals(List.of(fel(37, 3, "Anna-Klara Granstrand yrkar i § 581 men är inte beslutande.")),
        check(a));
  }

  @Test
  void javReplacementWhoIsNoErsattare() {
    Arende a = ArendeBuilder.arende(581, "Ärende").pos(30, 1).beslut("besluta")
        .jav(new Jav("Karin Ek", "Kenneth Andersson", at(31, 6))).build();
    assertEquals(List.of(fel(31, 6, "Kenneth Andersson ersätter Karin Ek vid jävet i § 581 men är "
        + "inte ersättare i Styrelsen 2025-03-06 (är ledamot).")), check(a));
  }

  @Test
  void javReplacementWhoseTenureEnded() {
    // Per Öberg is ersättare t.o.m. 2025-12-31
    Meeting m = MeetingBuilder.protokoll("2026-01-15").file(FILE)
        .beslutande(person("Bertil Almgren", 8), person("Karin Ek", 9))
        .justerare(person("Bertil Almgren", 16))
        .arende(ArendeBuilder.arende(1, "Ärende").pos(30, 1).beslut("besluta")
            .jav(new Jav("Karin Ek", "Per Öberg", at(31, 6))).build())
        .build();
    assertEquals(List.of(fel(31, 6, "Per Öberg ersätter Karin Ek vid jävet i § 1 men är inte "
        + "ersättare i Styrelsen 2026-01-15 (uppdraget upphörde 2025-12-31).")),
        Validator.meeting(ORGAN, m));
  }

  @Test
  void javReplacementWhoAlreadyDecides() {
    Arende a = ArendeBuilder.arende(581, "Ärende").pos(30, 1).beslut("besluta")
        .jav(new Jav("Karin Ek", "Sture Andersson", at(31, 6))).build();
    assertEquals(List.of(fel(31, 6,
        "Sture Andersson ersätter Karin Ek vid jävet i § 581 men är redan beslutande.")), check(a));
  }

  @Test
  void voterWhoIsNotBeslutande() {
    Arende a = ArendeBuilder.arende(581, "Ärende").pos(30, 1).beslut("besluta")
        .omrostning(votes(new Rost("Bertil Almgren", Rost.Val.JA, at(39, 3)),
            new Rost("Per Öberg", Rost.Val.NEJ, at(40, 3)))).build();
    assertEquals(List.of(fel(40, 3, "Per Öberg röstar i § 581 men är inte beslutande.")),
        check(a));
  }

  @Test
  void voterTwice() {
    Arende a = p581().omrostning(votes(new Rost("Maria Lund", Rost.Val.JA, at(39, 3)),
        new Rost("Maria Lund", Rost.Val.NEJ, at(40, 3)))).build();
    assertEquals(List.of(fel(40, 3, "Maria Lund har redan röstat i § 581.")), check(a));
  }

  @Test
  void reservationBySomeoneWhoDidNotTakePart() {
    Arende a = p581().reservation(new Reservation("Karin Ek", null, at(46, 3)),
        new Reservation("Anna-Klara Granstrand", "Nej.", at(47, 3))).build();
    assertEquals(List.of(
        fel(46, 3, "Karin Ek reserverar sig i § 581 men deltog inte i beslutet (anmälde jäv)."),
        fel(47, 3, "Anna-Klara Granstrand reserverar sig i § 581 men deltog inte i beslutet (är "
            + "inte beslutande).")), check(a));
  }

  @Test
  void paragrafJusterare() {
    Arende ok = ArendeBuilder.arende(581, "Ärende").pos(30, 1).beslut("besluta")
        .jav(new Jav("Karin Ek", "Per Öberg", at(31, 6)))
        .justerare(person("Per Öberg", 32)).build();
    assertEquals(List.of(), check(ok));
    Arende bad = p581().justerare(person("Karin Ek", 33), person("Anna-Klara Granstrand", 34))
        .build();
    assertEquals(List.of(
        fel(33, 5, "Justeraren Karin Ek anmälde jäv i § 581 och kan inte justera paragrafen."),
        fel(34, 5, "Justeraren Anna-Klara Granstrand i § 581 står inte bland beslutande.")),
        check(bad));
  }

  @Test
  void delpunkterOfOvrigaFragorAreCheckedUnderTheirParagraf() {
    Arende lokal = ArendeBuilder.delpunkt("Lokalfrågan").pos(62, 1)
        .jav(new Jav("Maria Lund", null, at(63, 6)))
        .omrostning(new Omrostning(null, List.of(new Rost("Maria Lund", Rost.Val.JA, at(64, 3))),
            at(63, 1)))
        .beslut(ArendeBuilder.beslut(at(65, 1), "utreda")).build();
    Meeting m = frontMatter().arende(p580(), ValidatorFixture.p583(lokal).build()).build();
    assertEquals(List.of(fel(64, 3,
        "Maria Lund anmälde jäv i § 583 (Lokalfrågan) och får inte rösta.")),
        Validator.meeting(ORGAN, m));
  }

  /** The shared fixture protokoll is consistent with its register: the validator finds nothing. */
  @Test
  void theSharedFixtureProtokollIsValid() {
    assertEquals(List.of(), Validator.meeting(Fixtures.organ(), Fixtures.protokoll()));
  }
}
