package se.paragraf.workflow.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.paragraf.store.ConflictException;
import se.paragraf.store.InvalidInputException;
import se.paragraf.store.NotFoundException;
import se.paragraf.store.Role;

class ServicesTest {
  @TempDir Path tmp;

  @Test
  void refusalsMapToHttpStatuses() {
    assertEquals(409, WorkflowRefusal.httpStatus(new WorkflowRefusal.Conflict("x")));
    assertEquals(403, WorkflowRefusal.httpStatus(new WorkflowRefusal.Forbidden("x")));
    assertEquals(400, WorkflowRefusal.httpStatus(new WorkflowRefusal.Invalid("x")));
    assertEquals(422, WorkflowRefusal.httpStatus(new WorkflowRefusal.HasProblems("x", List.of())));
    assertEquals(404, WorkflowRefusal.httpStatus(new NotFoundException("x")));
    assertEquals(409, WorkflowRefusal.httpStatus(new ConflictException("x")));
    assertEquals(400, WorkflowRefusal.httpStatus(new InvalidInputException("x")));
    assertEquals(500, WorkflowRefusal.httpStatus(new IllegalStateException("x")));
  }

  @Test
  void sekreterareAccountsAreCreatedOnceWithAWorkingPassword() {
    try (ServiceFixture f = new ServiceFixture(tmp, LocalDate.of(2025, 11, 20))) {
      List<Credentials> c = f.services.importer().ensureSekreterare();
      assertEquals(List.of("norrdal.sekreterare", "nyby-bun.sekreterare"),
          c.stream().map(Credentials::username).sorted().toList());
      Credentials nyby = c.stream().filter(x -> x.organKey().equals("nyby-bun")).findFirst()
          .orElseThrow();
      assertTrue(nyby.password().length() >= 16);
      var user = f.db.accounts().authenticate(nyby.username(), nyby.password()).orElseThrow();
      assertEquals("Linnea Hedlund", user.personName());
      assertEquals(List.of(Role.SEKRETERARE), f.db.accounts().roles(user.id()).stream()
          .map(r -> r.role()).toList());
      assertEquals(List.of(), f.services.importer().ensureSekreterare());
      assertEquals("konto", f.services.audit().recent(1).get(0).action());
    }
  }

  /** A seal whose posting a crash interrupted is completed from the seal record on start. */
  @Test
  void recoverPostsTheAnslagOfASealWithout() {
    try (ServiceFixture f = new ServiceFixture(tmp, LocalDate.of(2025, 11, 27))) {
      assertEquals(0, f.services.recover());
      DocumentSummary p = f.readyProtokoll();
      se.paragraf.model.Anslag a = new se.paragraf.model.Anslag(LocalDate.of(2025, 12, 1),
          LocalDate.of(2025, 12, 2), LocalDate.of(2025, 12, 30), LocalDate.of(2025, 12, 29), "Kansliet");
      SealRecord rec = new SealRecord(Map.of(588, "0".repeat(64)), "1".repeat(64),
          "2".repeat(64), a, false);
      f.db.seals().seal(new se.paragraf.store.NewSeal(p.id(), 2, "3".repeat(64), rec.json(),
          List.of("Ingrid Holmström, ordförande, x"), new byte[] {1}, new byte[] {2}));
      assertEquals(Status.JUSTERAT, f.services.meetings().summary(p.id()).status());
      assertTrue(f.db.anslagstavla().anslag(p.id()).isEmpty());
      assertEquals(1, f.services.recover());
      assertEquals(a, f.db.anslagstavla().anslag(p.id()).orElseThrow().anslag());
      assertEquals("justerat", f.db.documents().document(p.id()).orElseThrow().status());
      assertEquals(0, f.services.recover());
    }
  }

  @Test
  void unknownDocumentIsNotFound() {
    try (ServiceFixture f = new ServiceFixture(tmp, LocalDate.of(2025, 11, 20))) {
      org.junit.jupiter.api.Assertions.assertThrows(NotFoundException.class,
          () -> f.services.meetings().open(9999));
      long organSource = f.db.organs().organ("norrdal").orElseThrow().sourceDocumentId();
      org.junit.jupiter.api.Assertions.assertThrows(NotFoundException.class,
          () -> f.services.meetings().open(organSource), "the organ profile is no meeting");
    }
  }
}
