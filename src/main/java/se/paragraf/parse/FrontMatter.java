package se.paragraf.parse;

/**
 * The YAML front matter between the first line's {@code ---} and the next {@code ---} line, split
 * by hand (flexmark's front-matter extension mangles keys with å, ä, ö).
 *
 * @param yaml the text between the two marker lines
 * @param firstLine the file line the YAML starts on (2)
 * @param closingLine the file line of the closing marker
 * @param bodyOffset the offset in the source text where the Markdown body starts
 */
record FrontMatter(String yaml, int firstLine, int closingLine, int bodyOffset) {

  /** Splits {@code source}; on failure reports a fel and returns null. */
  static FrontMatter split(SourceText source, Problems problems) {
    String text = source.text();
    if (!isMarker(line(source, 1))) {
      problems.fel(Problems.START, "Filen saknar inledning: första raden ska vara --- och följas av "
          + "nycklarna (typ, datum, tid, plats …) och en avslutande rad ---.");
      return null;
    }
    for (int n = 2; n <= source.lineCount(); n++) {
      if (isMarker(line(source, n))) {
        String yaml = text.substring(source.lineStart(2), source.lineStart(n));
        int body = n + 1 <= source.lineCount() ? source.lineStart(n + 1) : text.length();
        return new FrontMatter(yaml, 2, n, body);
      }
    }
    problems.fel(Problems.START,
        "Inledningen avslutas aldrig: raden --- efter nycklarna saknas.");
    return null;
  }

  private static String line(SourceText source, int n) {
    String text = source.text();
    int start = source.lineStart(n);
    int end = text.indexOf('\n', start);
    return text.substring(start, end < 0 ? text.length() : end);
  }

  private static boolean isMarker(String line) {
    return line.stripTrailing().equals("---");
  }
}
