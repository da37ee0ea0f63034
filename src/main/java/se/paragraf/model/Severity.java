package se.paragraf.model;

/** How serious a problem is; the label is what {@code check} prints. */
public enum Severity {
  FEL("fel"),
  VARNING("varning");

  private final String label;

  Severity(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
