package se.paragraf.workflow.service;

import java.util.ArrayList;
import java.util.List;
import se.paragraf.workflow.service.DiffLine.Op;

/**
 * A line diff by longest common subsequence. The common head and tail are matched first; the
 * middle is diffed by dynamic programming when it is small enough ({@link #MAX_CELLS}), else shown
 * as removed-then-added, which is correct if coarse and keeps memory bounded for 2 MB texts.
 */
public final class LineDiff {
  /** The largest middle (old lines × new lines) diffed line by line. */
  static final long MAX_CELLS = 4_000_000L;

  private LineDiff() {}

  /** The lines of {@code a} and {@code b} in order, each marked same, removed or added. */
  public static List<DiffLine> diff(String a, String b) {
    return diff(lines(a), lines(b));
  }

  static List<DiffLine> diff(List<String> a, List<String> b) {
    int head = 0;
    while (head < a.size() && head < b.size() && a.get(head).equals(b.get(head))) {
      head++;
    }
    int tail = 0;
    while (tail < a.size() - head && tail < b.size() - head
        && a.get(a.size() - 1 - tail).equals(b.get(b.size() - 1 - tail))) {
      tail++;
    }
    List<DiffLine> out = new ArrayList<>();
    for (int i = 0; i < head; i++) {
      out.add(new DiffLine(Op.SAME, i + 1, i + 1, a.get(i)));
    }
    List<String> ma = a.subList(head, a.size() - tail);
    List<String> mb = b.subList(head, b.size() - tail);
    if ((long) ma.size() * mb.size() <= MAX_CELLS) {
      middle(ma, mb, head, out);
    } else {
      coarse(ma, mb, head, out);
    }
    for (int k = tail; k > 0; k--) {
      int i = a.size() - k;
      int j = b.size() - k;
      out.add(new DiffLine(Op.SAME, i + 1, j + 1, a.get(i)));
    }
    return out;
  }

  /** LCS table from the end, then one walk from the start; removals before additions. */
  private static void middle(List<String> a, List<String> b, int offset, List<DiffLine> out) {
    int n = a.size();
    int m = b.size();
    int[][] lcs = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1
            : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && a.get(i).equals(b.get(j))) {
        out.add(new DiffLine(Op.SAME, offset + i + 1, offset + j + 1, a.get(i)));
        i++;
        j++;
      } else if (j == m || (i < n && lcs[i + 1][j] >= lcs[i][j + 1])) {
        out.add(new DiffLine(Op.REMOVED, offset + i + 1, 0, a.get(i)));
        i++;
      } else {
        out.add(new DiffLine(Op.ADDED, 0, offset + j + 1, b.get(j)));
        j++;
      }
    }
  }

  private static void coarse(List<String> a, List<String> b, int offset, List<DiffLine> out) {
    for (int i = 0; i < a.size(); i++) {
      out.add(new DiffLine(Op.REMOVED, offset + i + 1, 0, a.get(i)));
    }
    for (int j = 0; j < b.size(); j++) {
      out.add(new DiffLine(Op.ADDED, 0, offset + j + 1, b.get(j)));
    }
  }

  /** The lines of a text (LF or CRLF); a final newline does not start another line. */
  static List<String> lines(String text) {
    List<String> out = new ArrayList<>();
    if (text == null || text.isEmpty()) {
      return out;
    }
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        int end = i > start && text.charAt(i - 1) == '\r' ? i - 1 : i;
        out.add(text.substring(start, end));
        start = i + 1;
      }
    }
    if (start < text.length()) {
      out.add(text.substring(start));
    }
    return out;
  }
}
