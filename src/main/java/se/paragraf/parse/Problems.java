package se.paragraf.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import se.paragraf.model.Problem;
import se.paragraf.model.SourcePos;

/** Collects the problems of one source file; sorted by position when read out. */
final class Problems {
  static final SourcePos START = SourcePos.of(1, 1);

  private final String file;
  private final List<Problem> list = new ArrayList<>();

  Problems(String file) {
    this.file = file;
  }

  String file() {
    return file;
  }

  void fel(SourcePos pos, String message) {
    list.add(Problem.fel(file, pos, message));
  }

  void varning(SourcePos pos, String message) {
    list.add(Problem.varning(file, pos, message));
  }

  boolean hasFel() {
    return list.stream().anyMatch(Problem::isFel);
  }

  /** The problems in file order (line, column), ties in the order found. */
  List<Problem> sorted() {
    List<Problem> copy = new ArrayList<>(list);
    copy.sort(Comparator.comparingInt((Problem p) -> p.pos().line())
        .thenComparingInt(p -> p.pos().column()));
    return copy;
  }

  <T> Parsed<T> result(T value) {
    return new Parsed<>(value, sorted());
  }
}
