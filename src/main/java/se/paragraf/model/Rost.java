package se.paragraf.model;

/** One member's vote in an omröstning. */
public record Rost(String namn, Val val, SourcePos pos) {

  public enum Val {
    JA("ja"),
    NEJ("nej"),
    AVSTAR("avstår");

    private final String label;

    Val(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }
}
