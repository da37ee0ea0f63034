package se.paragraf.model;

/** An organ's § numbering policy: one series forever, or a new series from § 1 each year. */
public enum Numrering {
  LOPANDE("löpande"),
  PER_AR("per år");

  private final String label;

  Numrering(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
