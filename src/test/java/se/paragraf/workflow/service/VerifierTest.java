package se.paragraf.workflow.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.paragraf.cli.Main;
import se.paragraf.store.Seal;

class VerifierTest {
  @TempDir Path tmp;
  ServiceFixture f;
  Services s;
  DocumentSummary p;
  Seal seal;

  @BeforeEach
  void setUp() {
    f = new ServiceFixture(tmp, LocalDate.of(2025, 11, 27));
    s = f.services;
    p = f.justerat(LocalDate.of(2025, 12, 3));
    seal = f.db.seals().seal(p.id()).orElseThrow();
  }

  @AfterEach
  void tearDown() {
    f.close();
  }

  @Test
  void storedOriginalsMatchTheirSeal() {
    Verdict docx = s.verifier().verify(s.meetings().rendition(p.id(), "docx").bytes());
    assertTrue(docx.match());
    assertEquals("docx", docx.kind());
    assertEquals(p.id(), docx.document().id());
    assertEquals(Sealer.reference(seal), docx.seal().reference());
    assertTrue(docx.message().startsWith("Filen är ett original (DOCX) av protokollet från"
        + " Styrelsen, Samordningsförbundet Norrdal, sammanträdet 2025-11-27, justerat"
        + " 2025-12-03."), docx.message());
    Verdict html = s.verifier().verify(seal.html());
    assertTrue(html.match());
    assertEquals("html", html.kind());
  }

  @Test
  void modifiedCopiesDoNotMatch() {
    byte[] html = seal.html();
    String changed = new String(html, StandardCharsets.UTF_8).replace("512 000", "612 000");
    assertFalse(Arrays.equals(html, changed.getBytes(StandardCharsets.UTF_8)));
    Verdict v = s.verifier().verify(changed.getBytes(StandardCharsets.UTF_8));
    assertFalse(v.match());
    assertNull(v.seal());
    assertTrue(v.message().startsWith("Filen (HTML) stämmer inte"), v.message());
    byte[] docx = seal.docx().clone();
    docx[docx.length / 2] ^= 1;
    assertFalse(s.verifier().verify(docx).match());
    // a fresh rendering of the draft is not an original either
    assertFalse(s.verifier().verify(s.anslagstavla().publicCopy(p.id(), "html").bytes()).match());
  }

  @Test
  void importedProtokollVerifyAndCanonicalTextMatches() {
    long imported = s.anslagstavla().publicProtokoll("norrdal").stream()
        .filter(x -> x.datum().equals(LocalDate.of(2025, 9, 18))).findFirst().orElseThrow()
        .documentId();
    Verdict v = s.verifier().verify(s.meetings().rendition(imported, "docx").bytes());
    assertTrue(v.match());
    assertTrue(v.seal().imported());
    assertTrue(v.message().contains("(importerat)"));
    String canonical = Canonical.text(s.meetings().open(p.id()).meeting());
    Verdict t = s.verifier().verify(canonical.getBytes(StandardCharsets.UTF_8));
    assertTrue(t.match());
    assertEquals("text", t.kind());
  }

  @Test
  void verifyCommandExitsZeroOnMatchAndOneOtherwise() throws Exception {
    Path original = tmp.resolve("protokoll.docx");
    Files.write(original, seal.docx());
    Path forged = tmp.resolve("protokoll.html");
    Files.writeString(forged, new String(seal.html(), StandardCharsets.UTF_8) + " ");
    String url = "jdbc:sqlite:" + tmp.resolve("paragraf.db");
    StringWriter out = new StringWriter();
    int ok = Main.run(new String[] {"verify", original.toString(), "--db", url},
        new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));
    assertEquals(0, ok, out.toString());
    assertTrue(out.toString().contains("är ett original (DOCX)"), out.toString());
    StringWriter out2 = new StringWriter();
    int bad = Main.run(new String[] {"verify", forged.toString(), "--db", url},
        new PrintWriter(out2, true), new PrintWriter(new StringWriter(), true));
    assertEquals(1, bad);
    assertTrue(out2.toString().contains("stämmer inte"), out2.toString());
  }
}
