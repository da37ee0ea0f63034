package se.paragraf.workflow.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import se.paragraf.model.ArendeTyp;
import se.paragraf.model.Meeting;
import se.paragraf.model.Problem;
import se.paragraf.store.SentCopy;

class KallelseFlowTest {
  @TempDir Path tmp;
  ServiceFixture f;
  Services s;

  @BeforeEach
  void setUp() {
    f = new ServiceFixture(tmp, LocalDate.of(2025, 11, 20));
    s = f.services;
  }

  @AfterEach
  void tearDown() {
    f.close();
  }

  @Test
  void newKallelseHasTheSkeleton() {
    DocumentSummary k = s.kallelser().create("norrdal", LocalDate.of(2026, 2, 12),
        "09.00–12.00", "Kommunhuset: sal \"Norr\" #2", f.sekreterare);
    assertEquals(Status.UTKAST, k.status());
    assertEquals("norrdal/2026-02-12-kallelse.md", k.fileName());
    OpenDocument o = s.meetings().open(k.id());
    assertEquals(List.of(), o.problems().stream().filter(Problem::isFel).toList());
    Meeting m = o.meeting();
    assertEquals("Kommunhuset: sal \"Norr\" #2", m.plats());
    assertEquals(List.of("Genomgång av protokoll från föregående möte", "Val av justerare",
        "Informationsärenden", "Övriga frågor"), m.arenden().stream().map(a -> a.rubrik()).toList());
    assertEquals("utse ____ till justerare", m.arenden().get(1).beslut().attSatser().get(0).text());
    assertEquals(ArendeTyp.INFORMATION, m.arenden().get(2).typ());
    assertEquals(ArendeTyp.OVRIGA_FRAGOR, m.arenden().get(3).typ());
    assertEquals(409, assertThrows(WorkflowRefusal.Conflict.class, () -> s.kallelser().create(
        "norrdal", LocalDate.of(2026, 2, 12), "09.00", "X", f.sekreterare)).httpStatus());
    assertThrows(WorkflowRefusal.Invalid.class, () -> s.kallelser().create(
        "norrdal", LocalDate.of(2026, 3, 12), "nio", "X", f.sekreterare));
  }

  @Test
  void sendFreezesTheCopyAndALaterSaveMakesItRevised() {
    long k = f.kallelse20251127();
    SendResult sent = s.kallelser().send(k, 1, f.sekreterare);
    assertEquals(Status.SKICKAD, sent.document().status());
    SentCopy copy = sent.copy();
    assertEquals(1, copy.revision());
    assertEquals('P', copy.docx()[0]);
    assertTrue(new String(copy.html(), StandardCharsets.UTF_8).contains("Samordningsförbundet Norrdal"));
    assertEquals(Rendition.Origin.SKICKAD, s.meetings().rendition(k, "docx").origin());
    assertArrayEquals(copy.html(), s.meetings().rendition(k, "html").bytes());
    assertThrows(WorkflowRefusal.Conflict.class, () -> s.kallelser().send(k, 1, f.sekreterare));

    String text = s.meetings().open(k).text();
    SaveResult r = s.meetings().save(k, 1, text
        + "\n## Extra punkt\n", f.sekreterare);
    assertEquals(Status.REVIDERAD, r.document().status());
    assertEquals("Reviderad kallelse, inte skickad", r.document().statusText());
    assertFalse(r.notices().isEmpty());
    assertEquals(Rendition.Origin.AKTUELL, s.meetings().rendition(k, "html").origin());
    assertThrows(WorkflowRefusal.Conflict.class,
        () -> s.protokoll().create(k, f.sekreterare), "revised kallelse must be sent first");
    s.kallelser().send(k, 2, f.sekreterare);
    assertEquals(2, s.kallelser().sentCopies(k).size());
    assertEquals(Status.SKICKAD, s.meetings().summary(k).status());
  }

  @Test
  void sendingWithFelIsRefused() {
    long k = f.kallelse20251127();
    String broken = s.meetings().open(k).text().replace("datum: 2025-11-27", "datum: 2025-11-28");
    s.meetings().save(k, 1, broken, f.sekreterare);
    WorkflowRefusal.HasProblems e = assertThrows(WorkflowRefusal.HasProblems.class,
        () -> s.kallelser().send(k, 2, f.sekreterare));
    assertTrue(e.problems().stream().allMatch(Problem::isFel));
    assertFalse(e.problems().isEmpty());
    assertEquals(Status.UTKAST, s.meetings().summary(k).status());
  }

  @Test
  void staleSaveIsRefusedWithBothVersions() {
    long k = f.kallelse20251127();
    String base = s.meetings().open(k).text();
    s.meetings().save(k, 1, base + "\n## Från Eva\n", f.sekreterare);
    String mine = base + "\n## Från Annelie\n";
    WorkflowRefusal.StaleSave e = assertThrows(WorkflowRefusal.StaleSave.class,
        () -> s.meetings().save(k, 1, mine, f.sekreterare));
    assertEquals(409, e.httpStatus());
    assertEquals(1, e.baseRevision());
    assertEquals(2, e.current().number());
    assertTrue(e.current().text().endsWith("## Från Eva\n"));
    assertEquals(mine, e.mine());
    assertEquals(2, s.meetings().revisions(k).size());
  }

  @Test
  void diffBetweenRevisions() {
    long k = f.kallelse20251127();
    String base = s.meetings().open(k).text();
    s.meetings().save(k, 1, base.replace("att fastställa internkontrollplan 2026",
        "att fastställa internkontrollplan 2026 med ändringar"), f.sekreterare);
    List<DiffLine> d = s.meetings().diff(k, 1, 2);
    List<DiffLine> changed = d.stream().filter(l -> l.op() != DiffLine.Op.SAME).toList();
    assertEquals(2, changed.size());
    assertEquals(DiffLine.Op.REMOVED, changed.get(0).op());
    assertEquals("att fastställa internkontrollplan 2026", changed.get(0).text());
    assertEquals("att fastställa internkontrollplan 2026 med ändringar", changed.get(1).text());
    assertEquals(changed.get(0).oldLine(), changed.get(1).newLine());
  }

  @Test
  void previewRendersUnsavedTextAndRefusesUnreadable() {
    long k = f.kallelse20251127();
    String text = s.meetings().open(k).text().replace("Internkontrollplan 2026",
        "Internkontrollplan 2026 FÖRHANDSVISNING");
    String html = new String(s.meetings().preview(k, text, "html"), StandardCharsets.UTF_8);
    assertTrue(html.contains("FÖRHANDSVISNING"));
    assertEquals('P', s.meetings().preview(k, text, "docx")[0]);
    assertEquals(1, s.meetings().revisions(k).size(), "a preview saves nothing");
    assertThrows(WorkflowRefusal.HasProblems.class,
        () -> s.meetings().preview(k, "inte en kallelse", "html"));
    assertThrows(WorkflowRefusal.Invalid.class, () -> s.meetings().preview(k, text, "pdf"));
    assertTrue(s.meetings().check(k, "inte en kallelse").hasFel());
  }

  @Test
  void checkAndPreviewGiveTheSameAsCheckAndPreviewApart() {
    long k = f.kallelse20251127();
    String text = s.meetings().open(k).text().replace("tid: ", "tid: 25.00–");
    Meetings.Preview broken = s.meetings().checkAndPreview(k, text, "html");
    assertEquals(s.meetings().check(k, text).problems(), broken.checked().problems());
    assertTrue(broken.checked().hasFel());
    String fixed = s.meetings().open(k).text();
    Meetings.Preview ok = s.meetings().checkAndPreview(k, fixed, "html");
    assertEquals(s.meetings().check(k, fixed).problems(), ok.checked().problems());
    assertEquals(new String(s.meetings().preview(k, fixed, "html"), StandardCharsets.UTF_8),
        new String(ok.rendered(), StandardCharsets.UTF_8));
    assertNull(s.meetings().checkAndPreview(k, "inte en kallelse", "html").rendered());
  }
}
