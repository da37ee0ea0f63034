package se.paragraf.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.paragraf.model.DocumentKind;
import se.paragraf.model.Meeting;
import se.paragraf.model.Problem;
import se.paragraf.model.SourcePos;
import se.paragraf.model.text.Inline;

/** Reader behaviour the spec and corpus dumps do not show directly. */
class ReaderTest {
  static final String FRONT = "---\ntyp: kallelse\ndatum: 2025-03-06\ntid: 09.00\nplats: X\n---\n";

  static Parsed<Meeting> kallelse(String body) {
    return MeetingReader.parse("2025-03-06-kallelse.md", "norrdal",
        (FRONT + body).getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void freemarkerSyntaxSurvivesVerbatimAsText() {
    String text = "${x.class.protectionDomain} <#assign a=1> [#if x] <@m/> ${\"a\"?new()}";
    Parsed<Meeting> p = kallelse("\n# ${rubrik}\n\n" + text + "\n");
    assertEquals(List.of(), p.problems());
    var arende = p.value().arenden().get(0);
    assertEquals("${rubrik}", arende.rubrik());
    var para = (se.paragraf.model.text.Block.Para) arende.text().get(0);
    assertEquals(List.of(new Inline.Text(text)), para.inlines());
  }

  @Test
  void columnsCountCodePointsNotUtf16Units() {
    Parsed<Meeting> p = kallelse("\n# Ärende\n\nHej \uD83D\uDE00 <b>x</b>\n");
    assertEquals(SourcePos.of(10, 7), p.problems().get(0).pos());
  }

  @Test
  void readNamesProblemsByPathAndTakesOrganKeyFromFolder(@TempDir Path tmp) throws IOException {
    Path dir = Files.createDirectory(tmp.resolve("norrdal"));
    Path file = dir.resolve("2025-03-06-kallelse.md");
    Files.writeString(file, FRONT.replace("tid: 09.00", "tid: nio") + "\n# Ärende\n");
    Parsed<Meeting> p = MeetingReader.read(file);
    assertEquals("norrdal", p.value().organKey());
    assertEquals(file.toString(), p.value().file());
    assertEquals(file + ":4:6: fel: Ogiltig tid \"nio\"; skriv till exempel 09.00–15.00 eller "
        + "bara 09.00.", p.problems().get(0).format());
  }

  @Test
  void missingFileIsAFelNotAnException(@TempDir Path tmp) {
    Parsed<Meeting> p = MeetingReader.read(tmp.resolve("2025-03-06-kallelse.md"));
    assertNull(p.value());
    assertEquals("Filen finns inte.", p.problems().get(0).message());
  }

  @Test
  void exactlyTwoMegabytesIsRead() {
    StringBuilder sb = new StringBuilder(FRONT + "\n# Ärende\n\n");
    while (sb.length() < SourceText.MAX_BYTES - 100) {
      sb.append("Text i ett stycke.\n\n");
    }
    byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
    byte[] padded = new byte[(int) SourceText.MAX_BYTES];
    java.util.Arrays.fill(padded, (byte) ' ');
    System.arraycopy(bytes, 0, padded, 0, Math.min(bytes.length, padded.length));
    Parsed<Meeting> p = MeetingReader.parse("2025-03-06-kallelse.md", "k", padded);
    assertFalse(p.hasFel(), () -> p.problems().toString());
    assertEquals(1, p.value().arenden().size());
  }

  @Test
  void badInputNeverThrows() {
    List<String> bodies = List.of("", "\n", "#", "# §", "# § 1", "- ", ">", "|a|\n|-|", "[x]: ",
        "Beslut:", "Jäv:\n-", "Omröstning:\n- :", "Yrkanden:\n- :", "```", "<!--", "\t\t#\t§");
    for (String body : bodies) {
      for (String front : List.of(FRONT, FRONT.replace("kallelse", "protokoll"))) {
        Parsed<Meeting> p = MeetingReader.parse("2025-03-06-" + (front == FRONT ? "kallelse"
            : "protokoll") + ".md", "k", (front + body).getBytes(StandardCharsets.UTF_8));
        assertTrue(p.problems().stream().noneMatch(x -> x.message().startsWith("Internt fel")),
            () -> body + ": " + p.problems());
      }
    }
  }

  @Test
  void kindFollowsTyp() {
    assertEquals(DocumentKind.KALLELSE, kallelse("\n# A\n").value().kind());
    Problem first = kallelse("\n").problems().get(0);
    assertEquals("varning", first.severity().label());
  }
}
