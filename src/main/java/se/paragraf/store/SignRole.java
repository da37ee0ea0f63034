package se.paragraf.store;

/** In what capacity someone signs a protokoll. */
public enum SignRole implements Labelled {
  ORDFORANDE("ordforande"),
  JUSTERARE("justerare");

  private final String label;

  SignRole(String label) {
    this.label = label;
  }

  /** The value stored in the database. */
  @Override
  public String label() {
    return label;
  }

  static SignRole ofLabel(String label) {
    return Labelled.parse(SignRole.class, label);
  }
}
