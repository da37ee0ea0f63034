package se.paragraf.workflow.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.paragraf.model.Meeting;
import se.paragraf.store.Ledger;

class ProtokollFlowTest {
  @TempDir Path tmp;
  ServiceFixture f;
  Services s;

  @BeforeEach
  void setUp() {
    f = new ServiceFixture(tmp, LocalDate.of(2025, 11, 28));
    s = f.services;
  }

  @AfterEach
  void tearDown() {
    f.close();
  }

  @Test
  void protokollContinuesTheLedger() {
    DocumentSummary p = f.draftProtokoll();
    assertEquals(Status.UTKAST, p.status());
    List<Integer> expected = IntStream.rangeClosed(588, 597).boxed().toList();
    assertEquals(expected, f.db.ledger().numbers(p.id()));
    Meeting m = s.meetings().open(p.id()).meeting();
    assertEquals(expected, m.paragrafer());
    assertEquals(597, f.db.ledger().last("norrdal", Ledger.LOPANDE).orElseThrow());
    assertEquals(p.id(), s.protokoll().protokollFor(f.kallelse20251127()).orElseThrow().id());
  }

  @Test
  void secondCreateForTheMeetingIsRefused() {
    f.draftProtokoll();
    WorkflowRefusal.Conflict e = assertThrows(WorkflowRefusal.Conflict.class,
        () -> s.protokoll().create(f.kallelse20251127(), f.sekreterare));
    assertEquals("Det finns redan ett protokoll för sammanträdet 2025-11-27.", e.getMessage());
    assertEquals(597, f.db.ledger().last("norrdal", Ledger.LOPANDE).orElseThrow());
  }

  @Test
  void unsentKallelseIsRefused() {
    assertThrows(WorkflowRefusal.Conflict.class,
        () -> s.protokoll().create(f.kallelse20251127(), f.sekreterare));
  }

  /** Another instance took numbers first: the draft is renumbered to what the ledger gave. */
  @Test
  void draftFollowsTheDatabaseLedger() {
    long k = f.kallelse20251127();
    s.kallelser().send(k, 1, f.sekreterare);
    DocumentSummary other = s.kallelser().create("norrdal", LocalDate.of(2025, 12, 18),
        "09.00", "Norrby", f.sekreterare);
    // simulate a foreign allocation of §§ 588–590 held by another document
    f.db.ledger().allocate("norrdal", Ledger.LOPANDE, 3, other.id(), 560);
    DocumentSummary p = s.protokoll().create(k, f.sekreterare);
    assertEquals(IntStream.rangeClosed(591, 600).boxed().toList(), f.db.ledger().numbers(p.id()));
    assertEquals(2, p.revision());
    assertEquals(f.db.ledger().numbers(p.id()), s.meetings().open(p.id()).meeting().paragrafer());
  }

  @Test
  void addingAParagrafGrowsTheLedgerRange() {
    DocumentSummary p = f.draftProtokoll();
    String text = s.meetings().open(p.id()).text() + "\n# § 598 Extra ärende\n\nBeslut:\n"
        + "att notera\n";
    s.meetings().save(p.id(), 1, text, f.sekreterare);
    assertEquals(598, f.db.ledger().numbers(p.id()).get(10));
  }

  @Test
  void organPageShowsStatusesAndWhatIsDue() {
    List<MeetingOverview> y = s.meetings().year("norrdal", 2025);
    assertEquals(4, y.size());
    MeetingOverview sept = y.get(2);
    assertEquals(Status.SKICKAD, sept.kallelse().status());
    assertEquals(Status.JUSTERAT, sept.protokoll().status());
    assertEquals(LocalDate.of(2025, 9, 30), sept.anslag().uppsatt());
    assertEquals(List.of(Due.Kind.ANSLAG_UPPSATT, Due.Kind.SISTA_DAG_OVERKLAGANDE,
        Due.Kind.ANSLAG_NEDTAS), sept.due().stream().map(Due::kind).toList());
    MeetingOverview nov = y.get(3);
    assertNull(nov.protokoll());
    assertEquals(Status.UTKAST, nov.kallelse().status());
    Due send = nov.due().get(0);
    assertEquals(Due.Kind.SKICKA_KALLELSE, send.kind());
    assertEquals(LocalDate.of(2025, 11, 20), send.date());
    assertTrue(send.overdue());
    Due draft = nov.due().get(1);
    assertEquals(Due.Kind.SKAPA_PROTOKOLL, draft.kind());
    assertEquals(LocalDate.of(2025, 12, 11), draft.date());
    assertEquals(List.of(2026, 2025), s.meetings().years("nyby-bun"));
  }

  @Test
  void perArOrganStartsEachYearAtItsFirstNumber() {
    Actor linnea = f.account("linnea", "Linnea Hedlund", "nyby-bun",
        se.paragraf.store.Role.SEKRETERARE);
    DocumentSummary k = s.kallelser().create("nyby-bun", LocalDate.of(2026, 3, 11), "13.00",
        "Kommunhuset", linnea);
    s.kallelser().send(k.id(), 1, linnea);
    DocumentSummary p = s.protokoll().create(k.id(), linnea);
    assertEquals(List.of(7, 8, 9, 10), f.db.ledger().numbers(p.id()));
  }
}
