package se.paragraf.store;

import se.paragraf.model.DocumentKind;

/** What a stored document's source text is: an organ profile, a kallelse or a protokoll. */
public enum SourceKind implements Labelled {
  ORGAN("organ"),
  KALLELSE("kallelse"),
  PROTOKOLL("protokoll");

  private final String label;

  SourceKind(String label) {
    this.label = label;
  }

  /** The value stored in the database. */
  @Override
  public String label() {
    return label;
  }

  public static SourceKind of(DocumentKind kind) {
    return kind == DocumentKind.KALLELSE ? KALLELSE : PROTOKOLL;
  }

  static SourceKind ofLabel(String label) {
    return Labelled.parse(SourceKind.class, label);
  }
}
