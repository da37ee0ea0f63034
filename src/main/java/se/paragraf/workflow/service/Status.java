package se.paragraf.workflow.service;

import se.paragraf.store.SourceKind;

/** The workflow states of a kallelse or protokoll; {@link #label()} is what the store keeps. */
public enum Status {
  /** Being written; nothing sent. */
  UTKAST("utkast"),
  /** Kallelse: frozen and sent as it is now. */
  SKICKAD("skickad"),
  /** Kallelse: changed after it was sent, not yet sent again ("reviderad kallelse"). */
  REVIDERAD("reviderad"),
  /** Protokoll: with the ordförande and the justerare for signing. */
  JUSTERING("justering"),
  /** Protokoll: signed by all and sealed; never changes again. */
  JUSTERAT("justerat");

  private final String label;

  Status(String label) {
    this.label = label;
  }

  /** The value stored in the document's status column. */
  public String label() {
    return label;
  }

  /** The status stored as {@code label}. */
  public static Status of(String label) {
    for (Status s : values()) {
      if (s.label.equals(label)) {
        return s;
      }
    }
    throw new IllegalArgumentException("okänd status " + label);
  }

  /** What the workspace shows for a document of {@code kind} in this state (Swedish). */
  public String text(SourceKind kind) {
    boolean kallelse = kind == SourceKind.KALLELSE;
    switch (this) {
      case UTKAST:
        return kallelse ? "Utkast till kallelse" : "Utkast till protokoll";
      case SKICKAD:
        return "Kallelsen är skickad";
      case REVIDERAD:
        return "Reviderad kallelse, inte skickad";
      case JUSTERING:
        return "På justering";
      default:
        return "Justerat";
    }
  }
}
