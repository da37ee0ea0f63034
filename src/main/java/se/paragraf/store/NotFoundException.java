package se.paragraf.store;

/** The addressed row does not exist (the web answers 404). */
public class NotFoundException extends StoreException {
  public NotFoundException(String message) {
    super(message);
  }
}
