package se.paragraf.web;

import java.util.Map;

/**
 * A refusal with an HTTP status and a Swedish message for the user. {@link Errors} turns every
 * one into a page or a JSON body; handlers only throw.
 */
public class WebException extends RuntimeException {
  private final int status;

  public WebException(int status, String message) {
    super(message);
    this.status = status;
  }

  public int status() {
    return status;
  }

  /** 400: the request is malformed or a field is invalid. */
  public static final class BadRequest extends WebException {
    public BadRequest(String message) {
      super(400, message);
    }
  }

  /** 401: nobody is logged in (pages redirect to the login page instead). */
  public static final class NotLoggedIn extends WebException {
    public NotLoggedIn() {
      super(401, "Du behöver logga in för att se sidan.");
    }
  }

  /** 403: logged in, but without the role the route needs; or a missing CSRF token. */
  public static final class Forbidden extends WebException {
    public Forbidden(String message) {
      super(403, message);
    }
  }

  /** 404: the organ, document or page does not exist. */
  public static final class NotFound extends WebException {
    public NotFound(String message) {
      super(404, message);
    }
  }

  /** 429: too many failed logins. */
  public static final class TooManyAttempts extends WebException {
    public TooManyAttempts(String message) {
      super(429, message);
    }
  }

  /**
   * 409 with its own page: a save based on a stale revision, with both versions, so nothing is
   * lost. The model is plain data for the page and the JSON body.
   */
  public static final class SaveConflict extends WebException {
    private final transient Map<String, Object> model;

    public SaveConflict(String message, Map<String, Object> model) {
      super(409, message);
      this.model = Map.copyOf(model);
    }

    public Map<String, Object> model() {
      return model;
    }
  }
}
