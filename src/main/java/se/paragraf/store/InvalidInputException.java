package se.paragraf.store;

/** The caller passed a value the store refuses to keep (the web answers 400). */
public class InvalidInputException extends StoreException {
  public InvalidInputException(String message) {
    super(message);
  }
}
