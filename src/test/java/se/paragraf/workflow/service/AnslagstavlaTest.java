package se.paragraf.workflow.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.paragraf.store.NotFoundException;

class AnslagstavlaTest {
  static final String SECRET = "Förbundschefen har tagit fram förslag till internkontrollplan";

  @TempDir Path tmp;
  ServiceFixture f;
  Services s;

  @BeforeEach
  void setUp() {
    f = new ServiceFixture(tmp, LocalDate.of(2025, 11, 27));
    s = f.services;
  }

  @AfterEach
  void tearDown() {
    f.close();
  }

  @Test
  void noticeIsUpUntilNedtasThenOnlyInTheArchive() {
    DocumentSummary p = f.justerat(LocalDate.of(2025, 12, 3));
    f.clock.set(LocalDate.of(2025, 12, 10));
    List<Notice> board = s.anslagstavla().board("norrdal");
    assertEquals(1, board.size());
    Notice n = board.get(0);
    assertEquals(p.id(), n.documentId());
    assertEquals("Samordningsförbundet Norrdal", n.organisation());
    assertEquals("Styrelsen", n.organ());
    assertEquals(LocalDate.of(2025, 11, 27), n.sammantradesdatum());
    assertEquals(LocalDate.of(2025, 12, 3), n.uppsatt());
    assertEquals(LocalDate.of(2025, 12, 30), n.nedtas());
    assertEquals(LocalDate.of(2025, 12, 29), n.sistaDagForOverklagande());
    assertEquals("Samordningsförbundets kansli, Storgatan 12, Norrby", n.forvaringsplats());
    assertTrue(n.onBoard());

    f.clock.set(LocalDate.of(2025, 12, 30));
    assertEquals(1, s.anslagstavla().board("norrdal").size(), "still up on the day it comes down");
    f.clock.set(LocalDate.of(2025, 12, 31));
    assertEquals(List.of(), s.anslagstavla().board("norrdal"));
    List<Notice> archive = s.anslagstavla().archive("norrdal");
    assertEquals(4, archive.size(), "the imported three and this one");
    assertEquals(p.id(), archive.get(0).documentId());
    assertFalse(archive.get(0).onBoard());
  }

  @Test
  void publicCopyStubsTheSecretParagraf() {
    DocumentSummary p = f.justerat(LocalDate.of(2025, 12, 3));
    String original = new String(s.meetings().rendition(p.id(), "html").bytes(),
        StandardCharsets.UTF_8);
    assertTrue(original.contains(SECRET), "the original keeps the text");
    for (String format : List.of("html", "md")) {
      Rendition pub = s.anslagstavla().publicCopy(p.id(), format);
      assertEquals(Rendition.Origin.PUBLIK, pub.origin());
      String text = new String(pub.bytes(), StandardCharsets.UTF_8);
      assertFalse(text.contains(SECRET), format);
      assertFalse(text.contains("2025/42"), format + ": not even the dnr");
      assertTrue(text.contains("Sekretess enligt 26 kap. 1 § OSL"), format);
      assertTrue(text.contains("Digitalt deltagande vid sammanträden"), format);
    }
    String docx = DocxText.of(s.anslagstavla().publicCopy(p.id(), "docx").bytes());
    assertTrue(docx.contains("Sekretess enligt 26 kap. 1 § OSL"));
    assertFalse(docx.contains(SECRET));
  }

  @Test
  void onlySealedProtokollArePublic() {
    DocumentSummary draft = f.readyProtokoll();
    assertThrows(NotFoundException.class, () -> s.anslagstavla().publicCopy(draft.id(), "html"));
    assertThrows(NotFoundException.class,
        () -> s.anslagstavla().publicCopy(f.kallelse20251127(), "html"));
    List<PublicProtokoll> list = s.anslagstavla().publicProtokoll("norrdal");
    assertEquals(List.of(LocalDate.of(2025, 9, 18), LocalDate.of(2025, 4, 24),
        LocalDate.of(2025, 2, 13)), list.stream().map(PublicProtokoll::datum).toList());
    assertEquals("§§ 578–587", list.get(0).paragrafer());
    assertEquals(LocalDate.of(2025, 9, 29), list.get(0).justerat());
  }
}
