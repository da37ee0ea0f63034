package se.paragraf.store;

import se.paragraf.model.DocumentKind;

/** What a stored document's source text is: an organ profile, a kallelse or a protokoll. */
public enum SourceKind {
  ORGAN("organ"),
  KALLELSE("kallelse"),
  PROTOKOLL("protokoll");

  private final String label;

  SourceKind(String label) {
    this.label = label;
  }

  /** The value stored in the database. */
  public String label() {
    return label;
  }

  public static SourceKind of(DocumentKind kind) {
    return kind == DocumentKind.KALLELSE ? KALLELSE : PROTOKOLL;
  }

  static SourceKind ofLabel(String label) {
    for (SourceKind kind : values()) {
      if (kind.label.equals(label)) {
        return kind;
      }
    }
    throw new IllegalArgumentException("unknown document kind " + label);
  }
}
