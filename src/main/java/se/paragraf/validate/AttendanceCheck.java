package se.paragraf.validate;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.paragraf.model.Deltagare;
import se.paragraf.model.Mandat;
import se.paragraf.model.Meeting;
import se.paragraf.model.Organ;
import se.paragraf.workflow.Register;

/** The protokoll's attendance against the register on the meeting date. */
final class AttendanceCheck {
  private AttendanceCheck() {}

  static void check(Organ organ, Meeting m, Findings f) {
    Beslutande b = Beslutande.of(m);
    LocalDate datum = m.datum();
    if (b.all().isEmpty()) {
      f.fel(m.pos("beslutande"), "Protokollet anger inga beslutande.");
      return;
    }
    for (Deltagare d : b.ledamoter()) {
      RegisterCheck.message(organ, d.namn(), datum, Mandat.LEDAMOT).ifPresent(s -> f.fel(d.pos(), s));
    }
    Map<String, String> ersatts = new HashMap<>();
    for (Deltagare d : b.ersattare()) {
      RegisterCheck.message(organ, d.namn(), datum, Mandat.ERSATTARE)
          .ifPresent(s -> f.fel(d.pos(), s));
      ersatter(organ, datum, b, d, ersatts, f);
    }
    duplicates(m, f);
    ordforande(organ, m, b, f);
    for (Deltagare j : m.justerare()) {
      if (!b.contains(j.namn())) {
        f.fel(j.pos(), "Justeraren " + j.namn() + " står inte bland beslutande.");
      }
    }
  }

  /** The ledamot a tjänstgörande ersättare replaces must be a ledamot who is not present. */
  private static void ersatter(Organ organ, LocalDate datum, Beslutande b, Deltagare d,
      Map<String, String> ersatts, Findings f) {
    String y = d.ersatter();
    if (y == null) {
      return;
    }
    String head = d.namn() + " ersätter " + y + ", som ";
    if (b.ledamoter().stream().anyMatch(l -> Names.same(l.namn(), y))) {
      f.fel(d.pos(), head + "själv står bland beslutande.");
    } else {
      RegisterCheck.reason(organ, y, datum, Mandat.LEDAMOT).ifPresent(r -> f.fel(d.pos(),
          head + "inte är " + RegisterCheck.seat(organ, datum, Mandat.LEDAMOT) + " (" + r + ")."));
    }
    String earlier = ersatts.putIfAbsent(Names.key(y), d.namn());
    if (earlier != null) {
      f.fel(d.pos(), head + "redan ersätts av " + earlier + ".");
    }
  }

  /** Nobody may stand twice in beslutande, tjänstgörande ersättare and övriga deltagande. */
  private static void duplicates(Meeting m, Findings f) {
    Map<String, String> seen = new HashMap<>();
    see(m.beslutande(), "beslutande", seen, f);
    see(m.ersattare().stream().filter(d -> !m.beslutande().contains(d)).toList(),
        "tjänstgörande ersättare", seen, f);
    see(m.ovriga(), "övriga deltagande", seen, f);
  }

  private static void see(List<Deltagare> list, String listName, Map<String, String> seen,
      Findings f) {
    for (Deltagare d : list) {
      String earlier = seen.putIfAbsent(Names.key(d.namn()), listName);
      if (earlier != null) {
        f.fel(d.pos(), d.namn() + " står redan bland " + earlier + ".");
      }
    }
  }

  private static void ordforande(Organ organ, Meeting m, Beslutande b, Findings f) {
    if (m.ordforande() != null) {
      if (!b.contains(m.ordforande())) {
        f.fel(m.pos("ordförande"),
            "Ordföranden " + m.ordforande() + " står inte bland beslutande.");
      }
      return;
    }
    Optional<String> reg = Register.ordforande(organ, m.datum());
    if (reg.isEmpty()) {
      f.fel(m.pos(), "Ordförande saknas: ange ordförande i protokollet eller uppdrag: ordförande "
          + "för en ledamot i organ.yaml.");
    } else if (!b.contains(reg.get())) {
      f.fel(m.pos(), "Ordföranden enligt registret, " + reg.get() + ", står inte bland beslutande; "
          + "ange vem som var ordförande (ordförande: …).");
    }
  }
}
