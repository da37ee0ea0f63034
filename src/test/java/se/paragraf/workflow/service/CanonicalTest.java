package se.paragraf.workflow.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.paragraf.model.Meeting;
import se.paragraf.parse.MeetingReader;

class CanonicalTest {
  static Meeting read(String text) {
    return MeetingReader.parse("norrdal/2025-09-18-protokoll.md", "norrdal",
        text.getBytes(StandardCharsets.UTF_8)).value();
  }

  static String example() throws Exception {
    return Files.readString(Path.of("agendas/norrdal/2025-09-18-protokoll.md"));
  }

  @Test
  void normalizeGivesNfcLfAndNoTrailingSpaces() {
    String decomposed = Normalizer.normalize("Åtgärd", Normalizer.Form.NFD);
    assertEquals("Åtgärd\nrad\n\nslut", Canonical.normalize(decomposed + "  \r\nrad\t\r\r\nslut "));
  }

  /** CRLF, a trailing space or decomposed letters in the source do not change the hash; a word does. */
  @Test
  void hashDependsOnContentNotOnTyping() throws Exception {
    String src = example();
    Meeting a = read(src);
    for (String typed : java.util.List.of(src.replace("\n", "\r\n"),
        src.replace("\n", " \n"), src.replace("Delårsrapporten visar",
            Normalizer.normalize("Delårsrapporten visar", Normalizer.Form.NFD)))) {
      Meeting b = read(typed);
      assertEquals(Canonical.sha256(Canonical.text(a)), Canonical.sha256(Canonical.text(b)));
      assertEquals(Canonical.paragrafHashes(a), Canonical.paragrafHashes(b));
    }
    Meeting c = read(src.replace("att godkänna dagordningen", "att godkänna den nya dagordningen"));
    assertNotEquals(Canonical.sha256(Canonical.text(a)), Canonical.sha256(Canonical.text(c)));
    Map<Integer, String> ha = Canonical.paragrafHashes(a);
    Map<Integer, String> hc = Canonical.paragrafHashes(c);
    assertNotEquals(ha.get(580), hc.get(580));
    ha.keySet().stream().filter(n -> n != 580).forEach(n -> assertEquals(ha.get(n), hc.get(n)));
  }

  @Test
  void paragrafTextIsTheParagrafAlone() throws Exception {
    Map<Integer, String> p = Canonical.paragrafer(read(example()));
    assertEquals(10, p.size());
    String s580 = p.get(580);
    assertTrue(s580.startsWith("# § 580 Godkännande av dagordning\n"), s580);
    assertFalse(s580.contains("typ: protokoll"));
    assertFalse(s580.contains("§ 581"));
  }

  @Test
  void sha256IsLowerHex() {
    assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        Canonical.sha256(new byte[0]));
  }
}
