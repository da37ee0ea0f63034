package se.paragraf.model;

/**
 * A person named in a meeting source: a beslutande, a tjänstgörande ersättare, an övrig deltagare, a
 * justerare.
 *
 * @param roll what follows the name: "ordförande", "ledamot", "utvecklingsstrateg, Skellefteå kommun";
 *     null where the source gives none
 * @param ersatter for a tjänstgörande ersättare: the ledamot whose seat they take; else null
 */
public record Deltagare(String namn, String roll, String ersatter, SourcePos pos) {

  public static Deltagare of(String namn, SourcePos pos) {
    return new Deltagare(namn, null, null, pos);
  }

  /** "Bertil Almgren, ordförande", "Sture Andersson (ersätter Karin Ek)" */
  public String label() {
    String s = roll == null || roll.isBlank() ? namn : namn + ", " + roll;
    return ersatter == null ? s : s + " (ersätter " + ersatter + ")";
  }
}
