package se.paragraf.parse;

import java.util.List;
import se.paragraf.model.Problem;

/**
 * What a reader returns: the value (null when the source could not be read far enough to build
 * one) and every problem found on the way.
 */
public record Parsed<T>(T value, List<Problem> problems) {
  public Parsed {
    problems = List.copyOf(problems);
  }

  public boolean hasFel() {
    return problems.stream().anyMatch(Problem::isFel);
  }
}
