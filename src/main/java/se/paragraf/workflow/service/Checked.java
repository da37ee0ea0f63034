package se.paragraf.workflow.service;

import java.util.List;
import se.paragraf.model.Meeting;
import se.paragraf.model.Problem;

/**
 * A source text read and checked like {@code paragraf check} does: parse, validate against the
 * organ register, and the § series across the organ's protokoll.
 *
 * @param meeting the parsed model, or null when the text could not be read far enough
 */
public record Checked(Meeting meeting, List<Problem> problems) {
  public Checked {
    problems = List.copyOf(problems);
  }

  public boolean hasFel() {
    return problems.stream().anyMatch(Problem::isFel);
  }
}
