package se.paragraf.render.docx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnWidthsTest {
  private static int width(int chars) {
    return Math.max(ColumnWidths.MIN_COLUMN, chars * ColumnWidths.CHAR + ColumnWidths.PADDING);
  }

  @Test
  void aNarrowTableKeepsTheNaturalWidthOfItsLongestCells() {
    int[] w = ColumnWidths.compute(List.of(List.of("År", "Belopp (kr)"),
        List.of("2025", "452 000")), 9070);
    assertArrayEquals(new int[] {width(4), width(11)}, w);
  }

  @Test
  void aWideTableFillsTheTextWidthAndKeepsEveryLongestWordWhole() {
    String lang = "en mycket lång beskrivning ".repeat(10);
    int[] w = ColumnWidths.compute(List.of(List.of(lang, "Medfinansieringsbelopp", "Ja")), 9070);
    assertEquals(9070, w[0] + w[1] + w[2]);
    assertTrue(w[1] >= width("Medfinansieringsbelopp".length()), "longest word fits");
    assertTrue(w[2] >= width(2));
    assertTrue(w[0] > w[1], "the long text gets the most room");
  }

  @Test
  void whenEvenTheLongestWordsDoNotFitTheyShareTheWidth() {
    String word = "x".repeat(60);
    int[] w = ColumnWidths.compute(List.of(List.of(word, word, word)), 9070);
    assertEquals(9070, w[0] + w[1] + w[2]);
    assertTrue(Math.abs(w[0] - w[1]) <= 2);
  }

  @Test
  void raggedRowsCountTheWidestRow() {
    int[] w = ColumnWidths.compute(List.of(List.of("a"), List.of("b", "ccc")), 9070);
    assertEquals(2, w.length);
  }

  @Test
  void amountsAndDatesAreNeverBrokenAcrossLines() {
    String lang = "en mycket lång beskrivning ".repeat(10);
    int[] w = ColumnWidths.compute(List.of(List.of(lang, "1 352 000", "2025-03-06")), 9070);
    assertTrue(w[1] >= width("1 352 000".length()), "amount kept whole: " + w[1]);
    assertTrue(w[2] >= width("2025-03-06".length()), "date kept whole: " + w[2]);
  }
}
