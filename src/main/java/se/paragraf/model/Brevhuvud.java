package se.paragraf.model;

/** The letterhead printed on every document; any field may be null. */
public record Brevhuvud(
    String adress, String organisationsnummer, String webbplats, String telefon, String epost) {

  public static final Brevhuvud EMPTY = new Brevhuvud(null, null, null, null, null);
}
