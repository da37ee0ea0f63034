package se.paragraf.validate;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import se.paragraf.model.Mandat;
import se.paragraf.model.Organ;
import se.paragraf.model.Person;

/** Whether a name holds a seat in the organ register on a date, and if not, why not. */
final class RegisterCheck {
  private RegisterCheck() {}

  /**
   * Empty when {@code namn} holds {@code mandat} on {@code datum}; else the reason for the sekreterare,
   * as the parenthesis of a message: "uppdraget upphörde 2024-12-31".
   */
  static Optional<String> reason(Organ organ, String namn, LocalDate datum, Mandat mandat) {
    List<Person> entries = organ.register().stream()
        .filter(p -> Names.same(p.namn(), namn)).toList();
    List<Person> same = entries.stream().filter(p -> p.mandat() == mandat).toList();
    if (same.stream().anyMatch(p -> p.activeOn(datum))) {
      return Optional.empty();
    }
    Optional<LocalDate> ended = same.stream().map(Person::tom)
        .filter(t -> t != null && t.isBefore(datum)).max(Comparator.naturalOrder());
    if (ended.isPresent()) {
      return Optional.of("uppdraget upphörde " + ended.get());
    }
    Optional<LocalDate> starts = same.stream().map(Person::from)
        .filter(f -> f != null && f.isAfter(datum)).min(Comparator.naturalOrder());
    if (starts.isPresent()) {
      return Optional.of("uppdraget börjar " + starts.get());
    }
    Optional<Person> other = entries.stream().filter(p -> p.activeOn(datum)).findFirst();
    if (other.isPresent()) {
      return Optional.of("är " + other.get().mandat().label());
    }
    String file = organ.file() == null ? "organ.yaml" : organ.file();
    return Optional.of("saknas bland " + (mandat == Mandat.LEDAMOT ? "ledamöterna" : "ersättarna")
        + " i " + file);
  }

  /** "Anna Berg är inte ledamot i Styrelsen 2025-03-06 (uppdraget upphörde 2024-12-31)." */
  static Optional<String> message(Organ organ, String namn, LocalDate datum, Mandat mandat) {
    return reason(organ, namn, datum, mandat)
        .map(r -> namn + " är inte " + seat(organ, datum, mandat) + " (" + r + ").");
  }

  /** "ledamot i Styrelsen 2025-03-06" */
  static String seat(Organ organ, LocalDate datum, Mandat mandat) {
    return mandat.label() + " i " + organ.namn() + " " + datum;
  }
}
