package se.paragraf.render.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrontMatterWriterTest {

  @ParameterizedTest(name = "«{0}» → «{1}»")
  @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
      "Kommunkontoret, Storgatan 67, Norrby | Kommunkontoret, Storgatan 67, Norrby",
      "Anna-Klara Granstrand, utvecklingsstrateg | Anna-Klara Granstrand, utvecklingsstrateg",
      "09.00                                | 09.00",
      "ja                                   | ja",
      "Lokal: plan 2                        | \"Lokal: plan 2\"",
      "Sal 3 #obs                           | \"Sal 3 #obs\"",
      "Sal#3                                | Sal#3",
      "kl.09:00                             | kl.09:00",
      "Plats:                               | \"Plats:\"",
      "- Eva                                | \"- Eva\"",
      "[Eva]                                | \"[Eva]\"",
      "\"citat\"                            | \"\\\"citat\\\"\"",
      "'citat'                              | \"'citat'\"",
      "*Eva                                 | \"*Eva\"",
      "@kansli                              | \"@kansli\"",
      "~ ~                                  | \"\"",
  })
  void scalars(String in, String expected) {
    assertEquals(expected, FrontMatterWriter.scalar(in.equals(" ") ? "" : in));
  }
}
