package se.paragraf.workflow.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.paragraf.store.Signature;

/** § 593 of the 2025-11-27 protokoll is justerad at the meeting, on its own. */
class OmedelbarTest {
  @TempDir Path tmp;
  ServiceFixture f;
  Services s;
  Actor ingrid;
  Actor jonas;

  @BeforeEach
  void setUp() {
    f = new ServiceFixture(tmp, LocalDate.of(2025, 11, 27));
    s = f.services;
    ingrid = f.signer("ingrid", "Ingrid Holmström");
    jonas = f.signer("jonas", "Jonas Berglund");
  }

  @AfterEach
  void tearDown() {
    f.close();
  }

  @Test
  void markedParagrafIsJusteradAndSealedOnItsOwn() {
    DocumentSummary p = f.readyProtokoll();
    DocumentSummary part = s.justering().omedelbarJustering(p.id(), 2, f.sekreterare);
    assertEquals(p.id(), part.parentId());
    assertTrue(part.isOmedelbar());
    assertEquals(Status.JUSTERING, part.status());
    assertEquals(List.of(593), s.meetings().open(part.id()).meeting().paragrafer());
    assertEquals(List.of("Ingrid Holmström", "Jonas Berglund"), s.justering().view(part.id())
        .signatures().stream().map(Signature::personName).toList());
    assertThrows(WorkflowRefusal.Conflict.class,
        () -> s.justering().omedelbarJustering(p.id(), 2, f.sekreterare), "only once");

    s.justering().sign(part.id(), 1, ServiceFixture.PASSWORD, ingrid);
    SignResult r = s.justering().sign(part.id(), 1, ServiceFixture.PASSWORD, jonas);
    assertTrue(r.sealed());
    assertEquals(LocalDate.of(2025, 11, 27), r.anslag().justerat());
    assertEquals(List.of(593), List.copyOf(r.seal().paragrafHashes().keySet()));
    assertEquals(Status.UTKAST, s.meetings().summary(p.id()).status(), "the rest is a draft");
    assertEquals(List.of(part.id()), s.justering().view(p.id()).omedelbara().stream()
        .map(DocumentSummary::id).toList());
    assertTrue(s.anslagstavla().board("norrdal").get(0).omedelbar());

    // the parent keeps § 593 as justerad; other changes are fine
    String text = s.meetings().open(p.id()).text();
    WorkflowRefusal.Conflict e = assertThrows(WorkflowRefusal.Conflict.class,
        () -> s.meetings().save(p.id(), 2, text.replace("rutiner för digitalt deltagande",
            "rutiner för distansdeltagande"), f.sekreterare));
    assertTrue(e.getMessage().startsWith("§ 593 är omedelbart justerad"), e.getMessage());
    SaveResult ok = s.meetings().save(p.id(), 2, text.replace("att godkänna dagordningen",
        "att godkänna dagordningen med en ändring"), f.sekreterare);
    assertEquals(3, ok.revision().number());

    // an utdrag of § 593 can be made from the part before the protokoll is justerat
    Rendition u = s.utdrag().utdrag(part.id(), List.of(593), "html", f.sekreterare);
    assertTrue(new String(u.bytes(), java.nio.charset.StandardCharsets.UTF_8)
        .contains("Rätt utdraget intygar"));
    assertThrows(WorkflowRefusal.Conflict.class,
        () -> s.utdrag().utdrag(p.id(), List.of(593), "html", f.sekreterare));
  }

  @Test
  void nothingMarkedIsRefused() {
    DocumentSummary p = f.readyProtokoll();
    String text = s.meetings().open(p.id()).text().replace("Omedelbar justering: ja\n", "");
    s.meetings().save(p.id(), 2, text, f.sekreterare);
    WorkflowRefusal.Conflict e = assertThrows(WorkflowRefusal.Conflict.class,
        () -> s.justering().omedelbarJustering(p.id(), 3, f.sekreterare));
    assertEquals("Ingen paragraf är markerad med \"Omedelbar justering: ja\".", e.getMessage());
    assertFalse(s.justering().view(p.id()).omedelbara().size() > 0);
  }
}
