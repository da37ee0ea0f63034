package se.paragraf.store;

/**
 * A save was based on a revision that is no longer the latest; {@link #current()} is the latest
 * one, so the editor can show both versions instead of losing either.
 */
public class StaleRevisionException extends ConflictException {
  private final transient Revision current;

  public StaleRevisionException(Revision current) {
    super(
        "Dokumentet har ändrats av "
            + current.author()
            + " (version "
            + current.number()
            + ") sedan du började redigera. Jämför versionerna innan du sparar igen.");
    this.current = current;
  }

  /** The latest revision at the moment the save was refused. */
  public Revision current() {
    return current;
  }
}
