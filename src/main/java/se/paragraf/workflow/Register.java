package se.paragraf.workflow;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import se.paragraf.model.Mandat;
import se.paragraf.model.Organ;
import se.paragraf.model.Person;

/** Questions about an organ's register on a given date. */
public final class Register {
  public static final String ORDFORANDE = "ordförande";
  public static final String VICE_ORDFORANDE = "vice ordförande";

  private Register() {}

  /** Ledamöter active on {@code datum}: ordförande, vice ordförande, then register order. */
  public static List<Person> ledamoter(Organ organ, LocalDate datum) {
    return organ.register().stream()
        .filter(p -> p.mandat() == Mandat.LEDAMOT && p.activeOn(datum))
        .sorted(Comparator.comparingInt(Register::rank))
        .toList();
  }

  /** The name of the ledamot whose uppdrag is ordförande on {@code datum}. */
  public static Optional<String> ordforande(Organ organ, LocalDate datum) {
    return ledamoter(organ, datum).stream().filter(p -> rank(p) == 0).map(Person::namn)
        .findFirst();
  }

  /** The uppdrag in lower case ("ordförande", "vice ordförande"), or null. */
  public static String uppdrag(Person p) {
    return p.uppdrag() == null || p.uppdrag().isBlank() ? null
        : p.uppdrag().strip().toLowerCase(Locale.ROOT);
  }

  private static int rank(Person p) {
    String r = uppdrag(p);
    return ORDFORANDE.equals(r) ? 0 : VICE_ORDFORANDE.equals(r) ? 1 : 2;
  }
}
