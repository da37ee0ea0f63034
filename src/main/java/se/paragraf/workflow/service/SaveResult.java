package se.paragraf.workflow.service;

import java.util.List;
import se.paragraf.model.Problem;
import se.paragraf.store.Revision;
import se.paragraf.store.Signature;

/**
 * What a save did.
 *
 * @param withdrawn signatures withdrawn because the text changed after they were given
 * @param notices Swedish sentences for the user ("Ingrid Holmströms justering har återkallats …")
 */
public record SaveResult(
    DocumentSummary document, Revision revision, List<Problem> problems,
    List<Signature> withdrawn, List<String> notices) {

  public SaveResult {
    problems = List.copyOf(problems);
    withdrawn = List.copyOf(withdrawn);
    notices = List.copyOf(notices);
  }
}
