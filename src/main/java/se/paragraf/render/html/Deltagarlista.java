package se.paragraf.render.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.paragraf.model.Deltagare;
import se.paragraf.model.Meeting;
import se.paragraf.model.Organ;
import se.paragraf.model.Person;

/**
 * The attendance of a protokoll's first page as template data, each person completed from the
 * organ register: party code for a politician, appointing organisation for a tjänsteman.
 */
final class Deltagarlista {
  private Deltagarlista() {}

  /** The chair: the protokoll's own, else the register's ordförande on the day; may be null. */
  static String ordforande(Organ organ, Meeting m) {
    if (m.ordforande() != null && !m.ordforande().isBlank()) {
      return m.ordforande();
    }
    return organ.register().stream()
        .filter(p -> "ordförande".equals(p.uppdrag()) && p.activeOn(m.datum()))
        .map(Person::namn).findFirst().orElse(null);
  }

  /**
   * Beslutande with the tjänstgörande ersättare, each once: an ersättare already listed among the
   * beslutande takes that place, the others follow.
   */
  static List<Map<String, Object>> beslutande(Organ organ, Meeting m) {
    List<Map<String, Object>> out = new ArrayList<>();
    List<Deltagare> ersattare = new ArrayList<>(m.ersattare());
    for (Deltagare d : m.beslutande()) {
      Optional<Deltagare> e = ersattare.stream().filter(x -> x.namn().equals(d.namn())).findFirst();
      e.ifPresent(ersattare::remove);
      out.add(person(organ, m, e.orElse(d), true));
    }
    for (Deltagare e : ersattare) {
      out.add(person(organ, m, e, true));
    }
    return out;
  }

  static List<Map<String, Object>> ovriga(Organ organ, Meeting m) {
    return m.ovriga().stream().map(d -> person(organ, m, d, false)).toList();
  }

  /** @param rollFranRegister fill a missing role from the register (for beslutande) */
  private static Map<String, Object> person(Organ organ, Meeting m, Deltagare d,
      boolean rollFranRegister) {
    Optional<Person> p = organ.personOn(d.namn(), m.datum());
    String roll = d.roll();
    if ((roll == null || roll.isBlank()) && rollFranRegister && p.isPresent()) {
      roll = p.get().uppdrag() != null ? p.get().uppdrag() : p.get().mandat().label();
    }
    return new ModelMap()
        .put("namn", d.namn())
        .text("parti", p.map(Person::parti).orElse(null))
        .text("organisation", p.filter(Person::tjansteman).map(Person::organisation).orElse(null))
        .text("roll", roll)
        .text("ersatter", d.ersatter())
        .map();
  }
}
