package se.paragraf.store;

/** A storage failure; the message is Swedish and may be shown to the user. */
public class StoreException extends RuntimeException {
  public StoreException(String message) {
    super(message);
  }

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
