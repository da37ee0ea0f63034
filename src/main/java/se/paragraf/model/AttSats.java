package se.paragraf.model;

/**
 * One decision clause. {@code text} is what follows "att ": "godkänna årsredovisningen".
 */
public record AttSats(String text, SourcePos pos) {

  /** An undecided clause: "att …", "att ...", "att" alone, or a blank such as "att utse ____". */
  public boolean isPlaceholder() {
    String t = text.strip();
    return t.isEmpty() || t.equals("…") || t.equals("...") || t.contains("___");
  }

  /** "att godkänna årsredovisningen" */
  public String full() {
    return text.isEmpty() ? "att" : "att " + text;
  }
}
