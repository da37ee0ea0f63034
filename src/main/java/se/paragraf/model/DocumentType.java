package se.paragraf.model;

/** What a renderer produces. */
public enum DocumentType {
  KALLELSE,
  PROTOKOLL,
  UTDRAG
}
