package se.paragraf.validate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import se.paragraf.model.Problem;
import se.paragraf.model.SourcePos;

/** Collects the problems of one file. */
final class Findings {
  private final String file;
  private final List<Problem> problems = new ArrayList<>();

  Findings(String file) {
    this.file = file;
  }

  void fel(SourcePos pos, String message) {
    problems.add(Problem.fel(file, pos(pos), message));
  }

  void varning(SourcePos pos, String message) {
    problems.add(Problem.varning(file, pos(pos), message));
  }

  /** In source order (line, column); equal positions keep the order found. */
  List<Problem> sorted() {
    return problems.stream()
        .sorted(Comparator.comparingInt((Problem p) -> p.pos().line())
            .thenComparingInt(p -> p.pos().column()))
        .toList();
  }

  private static SourcePos pos(SourcePos p) {
    return p == null ? SourcePos.NONE : p;
  }
}
