package se.paragraf.workflow.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import se.paragraf.workflow.service.DiffLine.Op;

class LineDiffTest {

  private static DiffLine same(int o, int n, String t) {
    return new DiffLine(Op.SAME, o, n, t);
  }

  private static DiffLine del(int o, String t) {
    return new DiffLine(Op.REMOVED, o, 0, t);
  }

  private static DiffLine add(int n, String t) {
    return new DiffLine(Op.ADDED, 0, n, t);
  }

  @Test
  void identicalTextsAreAllSame() {
    assertEquals(List.of(same(1, 1, "a"), same(2, 2, "b")), LineDiff.diff("a\nb\n", "a\nb\n"));
  }

  @Test
  void changedLineIsRemovedThenAdded() {
    assertEquals(List.of(same(1, 1, "a"), del(2, "b"), add(2, "B"), same(3, 3, "c")),
        LineDiff.diff("a\nb\nc\n", "a\nB\nc\n"));
  }

  @Test
  void insertionAndDeletionKeepTheLongestCommonLines() {
    assertEquals(List.of(del(1, "x"), same(2, 1, "a"), same(3, 2, "b"), add(3, "y"),
            same(4, 4, "c")),
        LineDiff.diff("x\na\nb\nc", "a\nb\ny\nc"));
  }

  @Test
  void emptyTexts() {
    assertEquals(List.of(), LineDiff.diff("", ""));
    assertEquals(List.of(add(1, "a")), LineDiff.diff("", "a\n"));
    assertEquals(List.of(del(1, "a")), LineDiff.diff("a", ""));
  }

  @Test
  void crlfAndLfLinesCompareEqual() {
    assertEquals(List.of(same(1, 1, "a"), same(2, 2, "b")), LineDiff.diff("a\r\nb\r\n", "a\nb"));
  }

  /** On random texts: SAME lines are a common subsequence as long as the DP's, and both sides replay. */
  @Test
  void randomTextsReplayAndAreMinimal() {
    Random rnd = new Random(42);
    for (int round = 0; round < 300; round++) {
      List<String> a = randomLines(rnd);
      List<String> b = randomLines(rnd);
      List<DiffLine> d = LineDiff.diff(a, b);
      List<String> oldSide = new ArrayList<>();
      List<String> newSide = new ArrayList<>();
      int same = 0;
      for (DiffLine l : d) {
        if (l.op() != Op.ADDED) {
          oldSide.add(l.text());
          assertEquals(oldSide.size(), l.oldLine());
        }
        if (l.op() != Op.REMOVED) {
          newSide.add(l.text());
          assertEquals(newSide.size(), l.newLine());
        }
        same += l.op() == Op.SAME ? 1 : 0;
      }
      assertEquals(a, oldSide);
      assertEquals(b, newSide);
      assertEquals(lcs(a, b), same);
    }
  }

  /** Over the cell limit the middle is shown removed-then-added, still replaying both sides. */
  @Test
  void hugeMiddleFallsBackToCoarse() {
    List<String> a = new ArrayList<>();
    List<String> b = new ArrayList<>();
    for (int i = 0; i < 2100; i++) {
      a.add("a" + i);
      b.add("b" + i);
    }
    List<DiffLine> d = LineDiff.diff(a, b);
    assertEquals(4200, d.size());
    assertEquals(del(1, "a0"), d.get(0));
    assertEquals(add(1, "b0"), d.get(2100));
  }

  private static List<String> randomLines(Random rnd) {
    List<String> out = new ArrayList<>();
    int n = rnd.nextInt(12);
    for (int i = 0; i < n; i++) {
      out.add(String.valueOf((char) ('a' + rnd.nextInt(4))));
    }
    return out;
  }

  private static int lcs(List<String> a, List<String> b) {
    int[][] t = new int[a.size() + 1][b.size() + 1];
    for (int i = 1; i <= a.size(); i++) {
      for (int j = 1; j <= b.size(); j++) {
        t[i][j] = a.get(i - 1).equals(b.get(j - 1)) ? t[i - 1][j - 1] + 1
            : Math.max(t[i - 1][j], t[i][j - 1]);
      }
    }
    return t[a.size()][b.size()];
  }
}
