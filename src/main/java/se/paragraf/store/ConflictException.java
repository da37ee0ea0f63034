package se.paragraf.store;

/** The write contradicts the stored state (the web answers 409). */
public class ConflictException extends StoreException {
  public ConflictException(String message) {
    super(message);
  }
}
