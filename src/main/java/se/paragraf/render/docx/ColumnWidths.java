package se.paragraf.render.docx;

import java.util.List;

/**
 * Table column widths from content (pitfall 6), in twips. A column gets its natural width (its
 * longest cell) when the table fits the text width; otherwise every column keeps at least its
 * longest word and the rest of the width is shared in proportion to what each column lacks.
 */
final class ColumnWidths {
  /** Average Arial glyph width at 10 pt, in twips. */
  static final int CHAR = 120;
  /** Cell margins of the table styles plus slack for wider glyphs and bold, in twips. */
  static final int PADDING = 300;
  static final int MIN_COLUMN = 567;

  private ColumnWidths() {}

  /** {@code rows}: the plain text of every cell, header row included; ragged rows allowed. */
  static int[] compute(List<List<String>> rows, int total) {
    int cols = rows.stream().mapToInt(List::size).max().orElse(0);
    int[] natural = new int[cols];
    int[] least = new int[cols];
    for (List<String> row : rows) {
      for (int c = 0; c < row.size(); c++) {
        String text = row.get(c);
        natural[c] = Math.max(natural[c], width(longestLine(text)));
        least[c] = Math.max(least[c], width(longestWord(text)));
      }
    }
    if (sum(natural) <= total) {
      return natural;
    }
    int spare = total - sum(least);
    if (spare <= 0) {
      return scale(least, total);
    }
    int lack = sum(natural) - sum(least);
    int[] out = new int[cols];
    for (int c = 0; c < cols; c++) {
      out[c] = least[c] + (int) ((long) spare * (natural[c] - least[c]) / lack);
    }
    out[cols - 1] += total - sum(out);
    return out;
  }

  private static int width(int chars) {
    return Math.max(MIN_COLUMN, chars * CHAR + PADDING);
  }

  private static int longestLine(String s) {
    int best = 0;
    for (String line : s.split("\n", -1)) {
      best = Math.max(best, line.length());
    }
    return best;
  }

  /** Amounts and dates ("1 352 000", "2025-03-06") should not wrap: they count as one word. */
  private static final java.util.regex.Pattern NUMERIC =
      java.util.regex.Pattern.compile("[\\d\\s\u00a0.,:%+\u2212\u2013-]+");

  private static int longestWord(String s) {
    if (NUMERIC.matcher(s.strip()).matches()) {
      return s.strip().length();
    }
    int best = 0;
    for (String w : s.split("\\s+")) {
      best = Math.max(best, w.length());
    }
    return best;
  }

  private static int[] scale(int[] widths, int total) {
    int sum = sum(widths);
    int[] out = new int[widths.length];
    for (int c = 0; c < widths.length; c++) {
      out[c] = (int) ((long) widths[c] * total / sum);
    }
    out[out.length - 1] += total - sum(out);
    return out;
  }

  private static int sum(int[] a) {
    int s = 0;
    for (int v : a) {
      s += v;
    }
    return s;
  }
}
