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

class UtdragServiceTest {
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
  void certifiedUtdragFromTheSealedRevision() {
    DocumentSummary p = f.justerat(LocalDate.of(2025, 12, 3));
    Rendition r = s.utdrag().utdrag(p.id(), List.of(591, 594), "html", f.sekreterare);
    assertEquals(Rendition.Origin.UTDRAG, r.origin());
    assertEquals("norrdal-2025-11-27-utdrag-591-594.html", r.fileName());
    String html = new String(r.bytes(), StandardCharsets.UTF_8);
    assertTrue(html.contains("Rätt utdraget intygar"));
    assertTrue(html.contains("Annelie Forsberg"));
    assertTrue(html.contains("512 000 kronor"));
    assertFalse(html.contains("Internkontrollplan 2026"), "only the §§ asked for");
    String docx = DocxText.of(s.utdrag().utdrag(p.id(), List.of(591), "docx", f.sekreterare)
        .bytes());
    assertTrue(docx.contains("Rätt utdraget intygar"));
    String ref = s.utdrag().sealReference(p.id());
    assertTrue(ref.matches(p.id() + "-[0-9a-f]{12}"), ref);
    AuditLine logged = s.audit().forDocument(p.id()).stream()
        .filter(l -> l.action().equals("utdrag")).findFirst().orElseThrow();
    assertEquals("§§ 591 och 594 (html), försegling " + ref + ".", logged.detail());
    assertEquals("Gjorde ett protokollsutdrag", logged.actionText());
  }

  @Test
  void refusedFromAnUnsealedProtokollOrForAMissingParagraf() {
    DocumentSummary draft = f.readyProtokoll();
    WorkflowRefusal.Conflict e = assertThrows(WorkflowRefusal.Conflict.class,
        () -> s.utdrag().utdrag(draft.id(), List.of(591), "html", f.sekreterare));
    assertEquals(Transitions.NOT_JUSTERAT_UTDRAG, e.getMessage());
    long imported = s.anslagstavla().publicProtokoll("norrdal").get(0).documentId();
    assertThrows(WorkflowRefusal.Invalid.class,
        () -> s.utdrag().utdrag(imported, List.of(1), "html", f.sekreterare));
    assertThrows(WorkflowRefusal.Invalid.class,
        () -> s.utdrag().utdrag(imported, List.of(), "html", f.sekreterare));
  }
}
