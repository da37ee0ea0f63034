package se.paragraf.render;

/** A rendering failure, with a Swedish message fit for the user. */
public class RenderException extends Exception {
  public RenderException(String message, Throwable cause) {
    super(message, cause);
  }

  public RenderException(String message) {
    super(message);
  }
}
