package se.paragraf.model;

import java.time.LocalDate;

/**
 * A member of the organ register.
 *
 * @param parti party code such as "S", or null; {@code tjansteman} is the alternative
 * @param uppdrag "ordförande", "vice ordförande" or null
 * @param from first day of tenure (fr.o.m.), or null for open
 * @param tom last day of tenure (t.o.m.), or null for open
 */
public record Person(
    String namn,
    String parti,
    boolean tjansteman,
    String organisation,
    Mandat mandat,
    String uppdrag,
    LocalDate from,
    LocalDate tom,
    SourcePos pos) {

  public boolean activeOn(LocalDate date) {
    return (from == null || !date.isBefore(from)) && (tom == null || !date.isAfter(tom));
  }

  /** "Bertil Almgren (S)" or "Anna Ek, tjänsteman". */
  public String label() {
    if (parti != null && !parti.isBlank()) {
      return namn + " (" + parti + ")";
    }
    return tjansteman ? namn + ", tjänsteman" : namn;
  }
}
