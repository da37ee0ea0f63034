package se.paragraf.render.docx;

import java.time.LocalDate;
import java.util.List;
import se.paragraf.model.Deltagare;
import se.paragraf.model.Organ;
import se.paragraf.model.Person;

/** How people and lists of names are written in the documents. */
final class Namn {
  private Namn() {}

  /** "A", "A och B", "A, B och C". */
  static String lista(List<String> names) {
    if (names.size() <= 1) {
      return names.isEmpty() ? "" : names.get(0);
    }
    return String.join(", ", names.subList(0, names.size() - 1)) + " och "
        + names.get(names.size() - 1);
  }

  /** Ends a sentence with a full stop unless it already ends in punctuation. */
  static String mening(String s) {
    return s.matches(".*[.!?:…]$") ? s : s + ".";
  }

  /** "Bertil Almgren (S)" from the organ register on the meeting day; the bare name otherwise. */
  static String medParti(Organ organ, LocalDate datum, String namn) {
    return organ.personOn(namn, datum)
        .or(() -> organ.person(namn))
        .filter(p -> p.parti() != null && !p.parti().isBlank())
        .map(Person::label)
        .orElse(namn);
  }

  /**
   * An attendance line: "Bertil Almgren (S), ordförande"; a tjänstgörande ersättare as "Sture
   * Andersson (M), ersättare för Kenneth Andersson".
   */
  static String deltagare(Organ organ, LocalDate datum, Deltagare d) {
    String s = medParti(organ, datum, d.namn());
    if (d.ersatter() != null && !d.ersatter().isBlank()) {
      return s + ", ersättare för " + d.ersatter();
    }
    return d.roll() == null || d.roll().isBlank() ? s : s + ", " + d.roll();
  }
}
