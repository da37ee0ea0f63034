package se.paragraf.model;

/** One finding about a source file, with a Swedish message. */
public record Problem(String file, SourcePos pos, Severity severity, String message) {

  public static Problem fel(String file, SourcePos pos, String message) {
    return new Problem(file, pos, Severity.FEL, message);
  }

  public static Problem varning(String file, SourcePos pos, String message) {
    return new Problem(file, pos, Severity.VARNING, message);
  }

  public boolean isFel() {
    return severity == Severity.FEL;
  }

  /** The line {@code check} prints: {@code FILE:LINE:COL: fel: message}. */
  public String format() {
    return file + ":" + pos.line() + ":" + pos.column() + ": " + severity.label() + ": " + message;
  }
}
