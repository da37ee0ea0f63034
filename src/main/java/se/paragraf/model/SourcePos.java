package se.paragraf.model;

/** A 1-based line and column in a source file; {@link #NONE} where no position applies. */
public record SourcePos(int line, int column) {
  public static final SourcePos NONE = new SourcePos(0, 0);

  public static SourcePos of(int line, int column) {
    return new SourcePos(line, column);
  }

  @Override
  public String toString() {
    return line + ":" + column;
  }
}
