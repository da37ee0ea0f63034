package se.paragraf.store;

/** A user's role in one organ. */
public enum Role implements Labelled {
  SEKRETERARE("sekreterare"),
  LEDAMOT("ledamot"),
  ERSATTARE("ersattare");

  private final String label;

  Role(String label) {
    this.label = label;
  }

  /** The value stored in the database. */
  @Override
  public String label() {
    return label;
  }

  static Role ofLabel(String label) {
    return Labelled.parse(Role.class, label);
  }
}
