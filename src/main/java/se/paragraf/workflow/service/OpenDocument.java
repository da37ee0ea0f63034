package se.paragraf.workflow.service;

import java.util.List;
import se.paragraf.model.Meeting;
import se.paragraf.model.Problem;
import se.paragraf.store.Revision;

/**
 * A document opened in the editor: its latest revision, the parsed model and the problems.
 *
 * @param meeting null when the text cannot be read far enough
 * @param sealed true when justerat: the editor is read-only
 */
public record OpenDocument(
    DocumentSummary document, Revision revision, Meeting meeting, List<Problem> problems,
    boolean sealed) {

  public OpenDocument {
    problems = List.copyOf(problems);
  }

  public String text() {
    return revision.text();
  }

  public boolean hasFel() {
    return problems.stream().anyMatch(Problem::isFel);
  }
}
