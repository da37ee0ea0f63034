package se.paragraf.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import se.paragraf.model.Problem;
import se.paragraf.model.Severity;
import se.paragraf.model.SourcePos;

/**
 * Collects the problems of one source file; sorted by position when read out. After
 * {@link #MAX} problems the rest are counted, not kept (a hostile file could raise a million).
 */
final class Problems {
  static final SourcePos START = SourcePos.of(1, 1);
  static final int MAX = 100;

  private final String file;
  private final List<Problem> list = new ArrayList<>();
  private Problem firstDropped;
  private int dropped;
  private boolean droppedFel;

  Problems(String file) {
    this.file = file;
  }

  String file() {
    return file;
  }

  void fel(SourcePos pos, String message) {
    add(Problem.fel(file, pos, message));
  }

  void varning(SourcePos pos, String message) {
    add(Problem.varning(file, pos, message));
  }

  private void add(Problem p) {
    if (list.size() < MAX) {
      list.add(p);
      return;
    }
    firstDropped = firstDropped == null ? p : firstDropped;
    dropped++;
    droppedFel |= p.isFel();
  }

  /** Adds problems found elsewhere (a cached part of the reading), in their order. */
  void addAll(List<Problem> problems) {
    problems.forEach(this::add);
  }

  /** The problems as found, when none were dropped over the limit; else null. */
  List<Problem> found() {
    return dropped > 0 ? null : List.copyOf(list);
  }

  boolean hasFel() {
    return droppedFel || list.stream().anyMatch(Problem::isFel);
  }

  /** The problems in file order (line, column), ties in the order found. */
  List<Problem> sorted() {
    List<Problem> copy = new ArrayList<>(list);
    if (dropped > 0) {
      copy.add(new Problem(file, firstDropped.pos(), droppedFel ? Severity.FEL : Severity.VARNING,
          "Ytterligare " + dropped + " problem från och med här visas inte (högst " + MAX
              + " per fil)."));
    }
    copy.sort(Comparator.comparingInt((Problem p) -> p.pos().line())
        .thenComparingInt(p -> p.pos().column()));
    return copy;
  }

  <T> Parsed<T> result(T value) {
    return new Parsed<>(value, sorted());
  }
}
