package se.paragraf.render.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.paragraf.model.text.Inline;

class InlineWriterTest {

  private static String md(Inline... inlines) {
    return InlineWriter.write(List.of(inlines)).replace(InlineWriter.BREAK, ' ');
  }

  private static Inline.Text t(String s) {
    return new Inline.Text(s);
  }

  @ParameterizedTest(name = "text «{0}» → «{1}»")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "vanlig text, 1 352 000 kronor               | vanlig text, 1 352 000 kronor",
      "5 * 3 och a*b*c                             | 5 \\* 3 och a\\*b\\*c",
      "snake_case och _start och slut_             | snake_case och \\_start och slut\\_",
      "[1] och ]                                   | \\[1\\] och \\]",
      "kod `x` och \\ bakstreck                    | kod \\`x\\` och \\\\ bakstreck",
      "<script> och </b> men 3 < 5                 | \\<script> och \\</b> men 3 < 5",
      "&amp; &#38; men Forskning & utveckling      | \\&amp; \\&#38; men Forskning & utveckling",
      // what would open a block at the start of a paragraph
      "# inte en rubrik                            | \\# inte en rubrik",
      "> inget citat                               | \\> inget citat",
      "- ingen lista                               | \\- ingen lista",
      "+ ingen lista                               | \\+ ingen lista",
      "2024. Året som gick                         | 2024\\. Året som gick",
      "3) tre                                      | 3\\) tre",
      "=== ingen rubrik                            | \\=== ingen rubrik",
      // a label at the start of a paragraph would be read as a label
      "Beslut: ska fattas senare                   | Beslut\\: ska fattas senare",
      "Utdrag till: ingen                          | Utdrag till\\: ingen",
      "dnr : 12                                    | dnr \\: 12",
      "Observera: inget att escapa                 | Observera: inget att escapa",
      // only at the start
      "se # och - och 2024. och Beslut: här        | se # och - och 2024. och Beslut: här",
  })
  void text(String in, String expected) {
    assertEquals(expected, md(t(in)));
  }

  @Test
  void emphasisStrongCodeLinksAndBreaks() {
    assertEquals("Se *betonad* och **stark** text", md(t("Se "),
        new Inline.Emph(List.of(t("betonad"))), t(" och "),
        new Inline.Strong(List.of(t("stark"))), t(" text")));
    // edge spaces move outside the delimiters
    assertEquals("a *b* c", md(t("a"), new Inline.Emph(List.of(t(" b "))), t("c")));
    assertEquals("``a`b``", md(new Inline.Code("a`b")));
    assertEquals("`` `x` ``", md(new Inline.Code("`x`")));
    assertEquals("[länk](https://x.se/a\\(1\\))",
        md(new Inline.Link("https://x.se/a(1)", List.of(t("länk")))));
    assertEquals("[x](<https://x.se/a b>)",
        md(new Inline.Link("https://x.se/a b", List.of(t("x")))));
    assertEquals("rad ett\\\nrad två", md(t("rad ett"), new Inline.LineBreak(), t("rad två")));
    // after a hard break a line starts again
    assertEquals("rad\\\n\\- två", md(t("rad"), new Inline.LineBreak(), t("- två")));
  }

  @Test
  void tableCellsEscapePipesAndStayOnOneLine() {
    assertEquals("a | b", md(t("a | b")));
    assertEquals("a \\| b c", InlineWriter.cell(List.of(t("a | b"), new Inline.LineBreak(),
        t("c"))));
  }

  @ParameterizedTest(name = "«{0}» may start a line: {1}")
  @CsvSource(delimiter = '|', value = {
      "styrelsen beslutar  | true",
      "Styrelsen           | true",
      "§ 230               | true",
      "att avslå           | false",
      "Att                 | false",
      "attityd             | true",
      "- 5                 | false",
      "1. första           | false",
      "1 352 000 kronor    | true",
      "Beslut: x           | false",
      "beslut : x          | false",
      "Utdrag till: x      | false",
      "Utdrag om x         | true",
      "*betonad*           | false",
  })
  void safeLineStart(String rest, boolean safe) {
    assertEquals(safe, InlineWriter.safeLineStart(rest.replace(' ', InlineWriter.BREAK)));
  }

  @Test
  void wrapsAtTheWidthButNeverBeforeABlockOrLabel() {
    String words = "Förbundschefen föreslår att medlemsbidragen för 2026 höjs till sammanlagt "
        + "6 400 000 kronor enligt Beslut: i förbundsordningen - och 1. punkt samt mer text här "
        + "så att raden blir riktigt lång och måste brytas flera gånger innan den tar slut.";
    List<String> lines = LineWrapper.wrapPlain(words, 40);
    assertEquals(words, String.join(" ", lines));
    for (String line : lines.subList(1, lines.size())) {
      assertTrue(InlineWriter.safeLineStart(line), line);
    }
    assertTrue(lines.size() > 4);
    assertTrue(lines.stream().allMatch(l -> l.length() <= 40 || !l.contains(" ")
        || !InlineWriter.safeLineStart(l.substring(l.lastIndexOf(' ') + 1))), lines.toString());
  }

  @Test
  void doubleSpacesAreNeverLeftAtALineEnd() {
    List<String> lines = LineWrapper.wrap("aaaa\u0000\u0000bbbb\u0000cccc", 5);
    assertEquals("aaaa  bbbb cccc", String.join(" ", lines));
    assertFalse(lines.stream().anyMatch(l -> l.endsWith(" ")), lines.toString());
  }
}
