package se.paragraf.workflow.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.paragraf.model.Arende;
import se.paragraf.model.Meeting;
import se.paragraf.model.Reservation;
import se.paragraf.store.Role;
import se.paragraf.store.Signature;

/** A member writes the motivation of their reservation in the draft protokoll of 2025-11-27. */
class ReservationFlowTest {
  static final String MOTIVERING = "Medlen bör gå till insatser där det saknas stöd.";

  @TempDir Path tmp;
  ServiceFixture f;
  Services s;
  Actor margareta;
  DocumentSummary p;
  int paragraf;

  @BeforeEach
  void setUp() {
    f = new ServiceFixture(tmp, LocalDate.of(2025, 11, 27));
    s = f.services;
    margareta = f.account("margareta", "Margareta Lidén", "norrdal", Role.LEDAMOT);
    p = f.readyProtokoll();
    String text = s.meetings().open(p.id()).text().replace(
        "Beslut:\natt bevilja Älvsby kommun 512 000 kronor",
        "Beslut:\natt bevilja Älvsby kommun 512 000 kronor\n\nReservation:\n- Margareta Lidén");
    SaveResult r = s.meetings().save(p.id(), 2, text, f.sekreterare);
    assertEquals(3, r.revision().number());
    paragraf = reserved(s.meetings().open(p.id()).meeting()).nummer();
  }

  @AfterEach
  void tearDown() {
    f.close();
  }

  /** The one § of the meeting that records a reservation. */
  private static Arende reserved(Meeting m) {
    List<Arende> with = m.arenden().stream().filter(a -> !a.reservationer().isEmpty()).toList();
    assertEquals(1, with.size(), "one § with a reservation");
    return with.get(0);
  }

  @Test
  void theMemberWritesTheMotiveringAsANewRevision() {
    assertNull(reserved(s.meetings().open(p.id()).meeting()).reservationer().get(0).motivering());
    SaveResult r = s.reservationer().reservation(p.id(), paragraf, "  " + MOTIVERING + "\n",
        margareta);
    assertEquals(4, r.revision().number());
    assertEquals("margareta", r.revision().author());
    assertFalse(r.problems().stream().anyMatch(x -> x.isFel()), r.problems().toString());
    OpenDocument open = s.meetings().open(p.id());
    assertEquals(4, open.revision().number());
    assertTrue(open.text().contains("- Margareta Lidén: " + MOTIVERING), open.text());
    Reservation res = reserved(open.meeting()).reservationer().get(0);
    assertEquals("Margareta Lidén", res.namn());
    assertEquals(MOTIVERING, res.motivering());
    AuditLine last = s.audit().forDocument(p.id()).stream()
        .filter(a -> a.action().equals("reservation")).findFirst().orElseThrow();
    assertEquals("margareta", last.actor());
    assertEquals("§ " + paragraf + ": Margareta Lidén.", last.detail());
  }

  @Test
  void someoneElseIsForbidden() {
    Actor ingrid = f.account("ingrid", "Ingrid Holmström", "norrdal", Role.LEDAMOT);
    WorkflowRefusal.Forbidden e = assertThrows(WorkflowRefusal.Forbidden.class,
        () -> s.reservationer().reservation(p.id(), paragraf, MOTIVERING, ingrid));
    assertEquals(403, e.httpStatus());
    assertEquals("Protokollet för ingen reservation från dig i § " + paragraf + ".",
        e.getMessage());
    assertThrows(WorkflowRefusal.Forbidden.class,
        () -> s.reservationer().reservation(p.id(), paragraf, MOTIVERING, f.sekreterare));
    assertEquals(3, s.meetings().open(p.id()).revision().number());
  }

  @Test
  void aMissingParagrafOrABadMotiveringIsInvalid() {
    assertThrows(WorkflowRefusal.Invalid.class,
        () -> s.reservationer().reservation(p.id(), 9999, MOTIVERING, margareta));
    assertThrows(WorkflowRefusal.Invalid.class,
        () -> s.reservationer().reservation(p.id(), paragraf, "  \n", margareta));
    assertThrows(WorkflowRefusal.Invalid.class, () -> s.reservationer().reservation(p.id(),
        paragraf, "x".repeat(ReservationFlow.MAX_MOTIVERING + 1), margareta));
    assertEquals(3, s.meetings().open(p.id()).revision().number());
  }

  @Test
  void aSignatureGivenBeforeTheMotiveringIsWithdrawn() {
    Actor jonas = f.account("jonas", "Jonas Berglund", "norrdal", Role.LEDAMOT);
    f.account("ingrid", "Ingrid Holmström", "norrdal", Role.LEDAMOT);
    s.justering().send(p.id(), 3, f.sekreterare);
    assertTrue(s.justering().sign(p.id(), 3, ServiceFixture.PASSWORD, jonas).signature()
        .isSigned());
    SaveResult r = s.reservationer().reservation(p.id(), paragraf, MOTIVERING, margareta);
    assertEquals(List.of("Jonas Berglund"),
        r.withdrawn().stream().map(Signature::personName).toList());
    assertTrue(r.notices().get(0).contains("Jonas Berglunds justering av version 3 har"
        + " återkallats"), r.notices().toString());
    assertEquals(Status.JUSTERING, s.meetings().summary(p.id()).status());
  }

  @Test
  void aSealedProtokollIsRefused() {
    s.justering().send(p.id(), 3, f.sekreterare);
    f.clock.set(LocalDate.of(2025, 12, 1));
    Actor ingrid = f.signer("ingrid", "Ingrid Holmström");
    s.justering().sign(p.id(), 3, ServiceFixture.PASSWORD, ingrid);
    assertTrue(s.justering().sign(p.id(), 3, ServiceFixture.PASSWORD,
        f.signer("jonas", "Jonas Berglund")).sealed());
    WorkflowRefusal.Conflict e = assertThrows(WorkflowRefusal.Conflict.class,
        () -> s.reservationer().reservation(p.id(), paragraf, MOTIVERING, margareta));
    assertEquals("Protokollet är justerat och kan inte ändras.", e.getMessage());
  }

  @Test
  void aKallelseIsRefused() {
    long k = f.kallelse20251127();
    assertThrows(WorkflowRefusal.Conflict.class,
        () -> s.reservationer().reservation(k, paragraf, MOTIVERING, margareta));
  }
}
