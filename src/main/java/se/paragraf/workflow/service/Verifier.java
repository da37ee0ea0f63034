package se.paragraf.workflow.service;

import se.paragraf.store.Database;

/** Tells whether a file is an original rendition (DOCX or HTML) of a justerat protokoll. */
public final class Verifier {
  private final Database db;
  private final Sources sources;

  Verifier(Database db, Sources sources) {
    this.db = db;
    this.sources = sources;
  }

  /** Compares the SHA-256 of {@code file} with every seal's originals and canonical text. */
  public Verdict verify(byte[] file) {
    throw new UnsupportedOperationException();
  }
}
