package se.paragraf.validate;

import static se.paragraf.fixtures.ArendeBuilder.delpunkt;
import static se.paragraf.fixtures.MeetingBuilder.ersatter;
import static se.paragraf.fixtures.MeetingBuilder.person;

import java.util.List;
import se.paragraf.fixtures.ArendeBuilder;
import se.paragraf.fixtures.Fixtures;
import se.paragraf.fixtures.MeetingBuilder;
import se.paragraf.model.Arende;
import se.paragraf.model.AttSats;
import se.paragraf.model.Jav;
import se.paragraf.model.Omrostning;
import se.paragraf.model.Organ;
import se.paragraf.model.Reservation;
import se.paragraf.model.Rost;
import se.paragraf.model.SourcePos;
import se.paragraf.model.Yrkande;

/**
 * A protokoll of {@link Fixtures#organ()} on 2025-03-06 that passes every check, built so that each
 * test can vary one thing. Lines: front matter 1–20, § 580 at 22, § 581 at 30 (its elements on
 * 31–45), § 582 at 50, § 583 at 60.
 */
final class ValidatorFixture {
  static final Organ ORGAN = Fixtures.organ();
  static final String FILE = "agendas/norrdal/2025-03-06-protokoll.md";
  static final SourcePos TOP = SourcePos.of(1, 1);

  private ValidatorFixture() {}

  static SourcePos at(int line, int col) {
    return SourcePos.of(line, col);
  }

  /** Front matter only: three ledamöter, one tjänstgörande ersättare, a justerare, dates. */
  static MeetingBuilder frontMatter() {
    return MeetingBuilder.protokoll("2025-03-06")
        .beslutande(person("Bertil Almgren", "ordförande", 8),
            person("Karin Ek", "vice ordförande", 9), person("Maria Lund", 10))
        .ersattare(ersatter("Sture Andersson", "Kenneth Andersson", 12))
        .ovriga(person("Anna-Klara Granstrand", "utvecklingsstrateg", 14))
        .justerare(person("Karin Ek", 16))
        .ordforande("Bertil Almgren")
        .justerat("2025-03-13")
        .anslagUppsatt("2025-03-14");
  }

  static Arende p580() {
    return ArendeBuilder.arende(580, "Genomgång av protokoll").pos(22, 1)
        .beslut("lägga protokollet till handlingarna").build();
  }

  /** § 581: Karin Ek jävig, Per Öberg steps in; a vote, a reservation, a § justerare. */
  static ArendeBuilder p581() {
    return ArendeBuilder.arende(581, "Ansökan om medfinansiering").pos(30, 1)
        .jav(new Jav("Karin Ek", "Per Öberg", at(31, 6)))
        .justerare(person("Sture Andersson", 32))
        .yrkande(new Yrkande("Bertil Almgren", "bifall till förslaget", List.of(), at(35, 3)),
            new Yrkande("Maria Lund", null, List.of(new AttSats("avslå ansökan", at(36, 17))),
                at(36, 3)))
        .omrostning(new Omrostning("Ja för förslaget", List.of(
            new Rost("Bertil Almgren", Rost.Val.JA, at(39, 3)),
            new Rost("Per Öberg", Rost.Val.JA, at(40, 3)),
            new Rost("Sture Andersson", Rost.Val.JA, at(41, 3)),
            new Rost("Maria Lund", Rost.Val.NEJ, at(42, 3))), at(38, 1)))
        .beslut(ArendeBuilder.beslut(at(44, 1), "bevilja medfinansiering"))
        .reservation(new Reservation("Maria Lund", "Saknar förankring.", at(45, 3)));
  }

  static Arende p582() {
    return ArendeBuilder.information(582).pos(50, 1)
        .delpunkt(delpunkt("Verksamhetsrapport").pos(52, 1).build()).build();
  }

  static ArendeBuilder p583(Arende... delpunkter) {
    return ArendeBuilder.ovrigaFragor(583).pos(60, 1).delpunkt(delpunkter);
  }

  static Arende lokalfragan() {
    return delpunkt("Lokalfrågan").pos(62, 1)
        .beslut(ArendeBuilder.beslut(at(65, 1), "utreda nya lokaler")).build();
  }

  /** The whole valid protokoll. */
  static MeetingBuilder full() {
    return frontMatter().arende(p580(), p581().build(), p582(), p583(lokalfragan()).build());
  }
}
