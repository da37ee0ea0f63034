package se.paragraf.parse;

/**
 * Refuses bodies flexmark cannot parse safely, before it sees them: list and quote markers nested
 * by the thousand on one line ("- - - - …", ">>>> …"), where flexmark recurses once per level and
 * overflows the stack, and runs of thousands of lines without a blank line, where flexmark's
 * block parsing takes time quadratic in the run's length (20 000 lines: seconds; 400 000: hours).
 */
final class BodyGuard {
  static final int MAX_LIST_DEPTH = 4;
  static final int MAX_QUOTE_DEPTH = 8;
  /** Beyond this many markers on one line the body is not handed to flexmark at all. */
  static final int SAFETY_LIMIT = 32;

  static final String LIST_TOO_DEEP = "Listan är nästlad i fler än " + MAX_LIST_DEPTH + " nivåer.";
  static final String QUOTE_TOO_DEEP =
      "Citatet är nästlat i fler än " + MAX_QUOTE_DEPTH + " nivåer.";
  /** Far beyond any stycke, list or table of a meeting document; keeps parsing time linear. */
  static final int MAX_RUN = 300;
  /**
   * flexmark copies the whole stycke for every link label, code span, autolink, HTML tag or
   * entity it matches, so a stycke's time grows with their number times its length: 100 000
   * characters of "[a]" or "&amp;" take seconds, a megabyte hours. These characters start them.
   */
  static final String MATCH_STARTS = "]`<&";
  static final int MAX_MATCH_STARTS = 200;

  private BodyGuard() {}

  /**
   * Reports the first line with more than {@link #SAFETY_LIMIT} container markers, at its first
   * too-deep marker, or the first run of more than {@link #MAX_RUN} lines without a blank line,
   * and returns false; true when the body is safe to parse.
   */
  static boolean check(String body, Body at) {
    int lineStart = 0;
    int runStart = -1;
    int run = 0;
    int brackets = 0; // of MATCH_STARTS
    while (lineStart < body.length()) {
      int end = body.indexOf('\n', lineStart);
      end = end < 0 ? body.length() : end;
      if (!checkLine(body, lineStart, end, at)) {
        return false;
      }
      boolean blank = true;
      int starts = 0;
      for (int i = lineStart; i < end; i++) { // one pass per line: this runs on every preview
        char c = body.charAt(i);
        blank &= Character.isWhitespace(c);
        starts += c == ']' || c == '`' || c == '<' || c == '&' ? 1 : 0;
      }
      runStart = blank ? -1 : runStart < 0 ? lineStart : runStart;
      run = blank ? 0 : run + 1;
      brackets = blank ? 0 : brackets + starts;
      if (run > MAX_RUN) {
        at.problems().fel(at.pos(runStart), "Texten har fler än " + MAX_RUN + " rader i följd "
            + "utan tom rad; dela upp den med tomma rader.");
        return false;
      }
      if (brackets > MAX_MATCH_STARTS) {
        at.problems().fel(at.pos(runStart), "Stycket har fler än " + MAX_MATCH_STARTS
            + " av tecknen ], `, < och &; dela upp det med tomma rader.");
        return false;
      }
      lineStart = end + 1;
    }
    return true;
  }

  private static boolean checkLine(String s, int start, int end, Body at) {
    int lists = 0;
    int quotes = 0;
    int firstDeepList = -1;
    int firstDeepQuote = -1;
    int i = start;
    while (lists + quotes <= SAFETY_LIMIT) {
      while (i < end && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
        i++;
      }
      int next = markerEnd(s, i, end);
      if (next < 0) {
        return true;
      }
      if (s.charAt(i) == '>') {
        quotes++;
        firstDeepQuote = quotes == MAX_QUOTE_DEPTH + 1 ? i : firstDeepQuote;
      } else {
        lists++;
        firstDeepList = lists == MAX_LIST_DEPTH + 1 ? i : firstDeepList;
      }
      i = next;
    }
    boolean listFirst = firstDeepList >= 0 && (firstDeepQuote < 0 || firstDeepList < firstDeepQuote);
    at.problems().fel(at.pos(listFirst ? firstDeepList : firstDeepQuote),
        listFirst ? LIST_TOO_DEEP : QUOTE_TOO_DEEP);
    return false;
  }

  /** The index after a container marker at {@code i}, or -1 when none starts there. */
  private static int markerEnd(String s, int i, int end) {
    if (i >= end) {
      return -1;
    }
    char c = s.charAt(i);
    if (c == '>') {
      return i + 1;
    }
    int j = i;
    if (c == '-' || c == '+' || c == '*') {
      j = i + 1;
    } else {
      while (j < end && j - i < 9 && Character.isDigit(s.charAt(j))) {
        j++;
      }
      if (j == i || j >= end || (s.charAt(j) != '.' && s.charAt(j) != ')')) {
        return -1;
      }
      j++;
    }
    boolean spaced = j == end || s.charAt(j) == ' ' || s.charAt(j) == '\t';
    return spaced && !thematicBreak(s, i, end) ? j : -1;
  }

  /** "- - -", "***": a rule, not a list item. Only checked a few times a line. */
  private static boolean thematicBreak(String s, int i, int end) {
    char c = s.charAt(i);
    if (c != '-' && c != '*' && c != '_') {
      return false;
    }
    int n = 0;
    for (int k = i; k < end; k++) {
      char x = s.charAt(k);
      if (x == c) {
        n++;
      } else if (x != ' ' && x != '\t') {
        return false;
      }
    }
    return n >= 3;
  }
}
