package se.paragraf.model;

/** A person's seat in the organ register. */
public enum Mandat {
  LEDAMOT("ledamot"),
  ERSATTARE("ersättare");

  private final String label;

  Mandat(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
