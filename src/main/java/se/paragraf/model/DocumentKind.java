package se.paragraf.model;

/** The kind of a meeting source; the front matter's {@code typ} names it. */
public enum DocumentKind {
  KALLELSE("kallelse"),
  PROTOKOLL("protokoll");

  private final String label;

  DocumentKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
