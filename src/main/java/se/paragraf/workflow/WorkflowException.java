package se.paragraf.workflow;

/** A workflow step that cannot be taken, with a Swedish message fit for the user. */
public class WorkflowException extends Exception {
  public WorkflowException(String message) {
    super(message);
  }
}
