package se.paragraf.workflow.service;

import java.util.List;
import se.paragraf.model.Problem;
import se.paragraf.store.ConflictException;
import se.paragraf.store.InvalidInputException;
import se.paragraf.store.NotFoundException;
import se.paragraf.store.Revision;

/**
 * A business rule refused the action; the message is Swedish and meant for the user. The web maps
 * {@link #httpStatus()} to the response code. Store failures ({@link NotFoundException} 404,
 * {@link ConflictException} 409, {@link InvalidInputException} 400) pass through the services
 * unchanged; {@link #httpStatus(Throwable)} maps both families.
 */
public abstract class WorkflowRefusal extends RuntimeException {
  protected WorkflowRefusal(String message) {
    super(message);
  }

  /** The HTTP status the web answers with. */
  public abstract int httpStatus();

  /**
   * The HTTP status for any exception a service throws: refusals and store exceptions by kind,
   * 500 for anything else.
   */
  public static int httpStatus(Throwable e) {
    if (e instanceof WorkflowRefusal) {
      return ((WorkflowRefusal) e).httpStatus();
    } else if (e instanceof NotFoundException) {
      return 404;
    } else if (e instanceof ConflictException) {
      return 409;
    } else if (e instanceof InvalidInputException) {
      return 400;
    }
    return 500;
  }

  /** The document's state does not allow the action (409). */
  public static class Conflict extends WorkflowRefusal {
    public Conflict(String message) {
      super(message);
    }

    @Override
    public int httpStatus() {
      return 409;
    }
  }

  /** The actor may not do this: not a chosen signer, wrong password (403). */
  public static class Forbidden extends WorkflowRefusal {
    public Forbidden(String message) {
      super(message);
    }

    @Override
    public int httpStatus() {
      return 403;
    }
  }

  /** The request itself is unusable: empty text, unknown format, no §§ chosen (400). */
  public static class Invalid extends WorkflowRefusal {
    public Invalid(String message) {
      super(message);
    }

    @Override
    public int httpStatus() {
      return 400;
    }
  }

  /** The document has fel that must be fixed first (422); {@link #problems()} lists them. */
  public static class HasProblems extends WorkflowRefusal {
    private final transient List<Problem> problems;

    public HasProblems(String message, List<Problem> problems) {
      super(message);
      this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
      return problems;
    }

    @Override
    public int httpStatus() {
      return 422;
    }
  }

  /**
   * A save based on a revision that is no longer the latest (409): both versions are here so the
   * editor can show them side by side and nothing is lost.
   */
  public static class StaleSave extends WorkflowRefusal {
    private final int baseRevision;
    private final transient Revision current;
    private final String mine;

    public StaleSave(int baseRevision, Revision current, String mine) {
      super("Dokumentet har ändrats av " + current.author() + " (version " + current.number()
          + ") sedan du började redigera version " + baseRevision
          + ". Jämför versionerna innan du sparar igen.");
      this.baseRevision = baseRevision;
      this.current = current;
      this.mine = mine;
    }

    /** The revision the editor started from. */
    public int baseRevision() {
      return baseRevision;
    }

    /** The latest stored revision (someone else's). */
    public Revision current() {
      return current;
    }

    /** The text the user tried to save. */
    public String mine() {
      return mine;
    }

    @Override
    public int httpStatus() {
      return 409;
    }
  }
}
