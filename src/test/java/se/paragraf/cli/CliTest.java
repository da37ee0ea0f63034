package se.paragraf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line end to end on a copy of the bundled examples. */
class CliTest {
  @TempDir Path tmp;
  Path agendas;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  @BeforeEach
  void copyExamples() throws IOException {
    agendas = tmp.resolve("agendas");
    Path src = Path.of("agendas");
    try (Stream<Path> s = Files.walk(src)) {
      for (Path p : s.toList()) {
        Path t = agendas.resolve(src.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else {
          Files.copy(p, t);
        }
      }
    }
  }

  @Test
  void bundledExamplesCheckWithoutProblems() {
    Run r = run("check", agendas.toString());
    assertEquals("", r.out(), "the bundled examples must be clean");
    assertEquals(0, r.code());
  }

  @Test
  void checkReportsFileLineColumnAndExitsOne() throws IOException {
    Path bad = tmp.resolve("trasig-kallelse.md");
    Files.writeString(bad, "---\ndatum: 2025-13-45\ntid: [\n---\n\n# Val av justerare\n");
    Run r = run("check", bad.toString());
    assertEquals(1, r.code());
    assertTrue(r.out().startsWith(bad + ":4:1: fel: Trasig YAML"), r.out());
    assertFalse(r.out().contains("Exception"), r.out());
  }

  @Test
  void renderWritesEveryFormatForEverySource() throws IOException {
    Path out = tmp.resolve("ut");
    Run r = run("render", agendas.resolve("norrdal").toString(), "--out", out.toString());
    assertEquals(0, r.code(), r.err());
    try (Stream<Path> s = Files.list(out)) {
      assertEquals(14, s.count(), "7 sources × html and docx");
    }
    String html = Files.readString(out.resolve("2025-04-24-protokoll.html"));
    assertTrue(html.contains("§ 574"), "the § numbers reach the page");
    byte[] docx = Files.readAllBytes(out.resolve("2025-04-24-protokoll.docx"));
    assertEquals('P', docx[0]);
    assertEquals('K', docx[1]);
  }

  @Test
  void renderOfSeveralOrgansWritesOneFolderEach() {
    Path out = tmp.resolve("ut");
    Run r = run("render", agendas.toString(), "--format", "html", "--out", out.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(Files.isRegularFile(out.resolve("norrdal/2025-02-13-kallelse.html")));
    assertTrue(Files.isRegularFile(out.resolve("nyby-bun/2026-01-28-protokoll.html")));
  }

  @Test
  void unknownFormatIsAUsageError() {
    Run r = run("render", agendas.resolve("norrdal").toString(), "--format", "pdf");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("okänt format \"pdf\""), r.err());
  }

  @Test
  void protokollIsDraftedFromTheLedgerAndNeverOverwritten() throws IOException {
    Path kallelse = agendas.resolve("norrdal/2025-11-27-kallelse.md");
    Run r = run("protokoll", kallelse.toString());
    assertEquals(0, r.code(), r.err());
    Path draft = agendas.resolve("norrdal/2025-11-27-protokoll.md");
    String text = Files.readString(draft, StandardCharsets.UTF_8);
    assertTrue(text.contains("typ: protokoll"));
    assertTrue(text.contains("# § 588 "), "continues after § 587 of 2025-09-18");
    assertTrue(r.out().contains("§§ 588–"), r.out());

    Files.writeString(draft, text + "\nÄndrat av sekreteraren.\n");
    Run again = run("protokoll", kallelse.toString());
    assertEquals(1, again.code());
    assertTrue(again.err().contains("finns redan"), again.err());
    assertTrue(Files.readString(draft).endsWith("Ändrat av sekreteraren.\n"), "not overwritten");
  }

  @Test
  void protokollRefusesToNumberPastAMeetingWithoutProtokoll() throws IOException {
    Files.delete(agendas.resolve("nyby-bun/2025-10-22-protokoll.md"));
    Files.delete(agendas.resolve("nyby-bun/2025-12-10-protokoll.md"));
    Run r = run("protokoll", agendas.resolve("nyby-bun/2025-12-10-kallelse.md").toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains("2025-10-22"), r.err());
    assertFalse(Files.exists(agendas.resolve("nyby-bun/2025-12-10-protokoll.md")));
  }

  @Test
  void utdragWritesTheChosenParagrafer() throws IOException {
    Path out = tmp.resolve("ut");
    Run r = run("utdrag", agendas.resolve("norrdal/2025-04-24-protokoll.md").toString(),
        "--paragraf", "574,576", "--format", "html,docx", "--out", out.toString());
    assertEquals(0, r.code(), r.err());
    String html = Files.readString(out.resolve("2025-04-24-protokoll-utdrag-574-576.html"));
    assertTrue(html.contains("§ 574"));
    assertTrue(html.contains("Rätt utdraget intygar"));
    assertFalse(html.contains("§ 575"), "only the chosen §§");
    assertTrue(Files.size(out.resolve("2025-04-24-protokoll-utdrag-574-576.docx")) > 1000);
  }

  @Test
  void utdragOfAMissingParagrafIsRefusedInSwedish() {
    Run r = run("utdrag", agendas.resolve("norrdal/2025-04-24-protokoll.md").toString(),
        "--paragraf", "999", "--out", tmp.resolve("ut").toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains("§ 999 finns inte"), r.err());
  }

  @Test
  void missingFileIsAClearMessage() {
    Run r = run("check", tmp.resolve("finns-inte.md").toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains("Filen finns inte"), r.err());
  }
}
