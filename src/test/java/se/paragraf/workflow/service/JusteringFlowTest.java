package se.paragraf.workflow.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import se.paragraf.model.Anslag;
import se.paragraf.store.ChangeProposal;
import se.paragraf.store.Role;
import se.paragraf.store.Seal;
import se.paragraf.store.Signature;
import se.paragraf.store.SignRole;

/** The protokoll of 2025-11-27 from draft to justerat, through the real store and renderers. */
class JusteringFlowTest {
  @TempDir Path tmp;
  ServiceFixture f;
  Services s;
  Actor ingrid;
  Actor jonas;
  Actor margareta;

  @BeforeEach
  void setUp() {
    f = new ServiceFixture(tmp, LocalDate.of(2025, 11, 27));
    s = f.services;
    ingrid = f.account("ingrid", "Ingrid Holmström", "norrdal", Role.LEDAMOT);
    jonas = f.account("jonas", "Jonas Berglund", "norrdal", Role.LEDAMOT);
    margareta = f.account("margareta", "Margareta Lidén", "norrdal", Role.LEDAMOT);
  }

  @AfterEach
  void tearDown() {
    f.close();
  }

  @Test
  void sendingWithFelOrWithoutJusterareIsRefused() {
    DocumentSummary p = f.draftProtokoll();
    WorkflowRefusal.HasProblems e = assertThrows(WorkflowRefusal.HasProblems.class,
        () -> s.justering().send(p.id(), 1, f.sekreterare));
    assertEquals(422, e.httpStatus());
    assertTrue(e.problems().stream().anyMatch(x -> x.message().contains("platshållare")));
    String noJusterare = ServiceFixture.completed(s.meetings().open(p.id()).text())
        .replace("justerare:\n  - Jonas Berglund\n", "justerare:\n");
    s.meetings().save(p.id(), 1, noJusterare, f.sekreterare);
    WorkflowRefusal.Conflict c = assertThrows(WorkflowRefusal.Conflict.class,
        () -> s.justering().send(p.id(), 2, f.sekreterare));
    assertTrue(c.getMessage().startsWith("Justerare är inte utsedda."), c.getMessage());
    assertEquals(Status.UTKAST, s.meetings().summary(p.id()).status());
  }

  @Test
  void sendAsksTheOrdforandeAndTheJusterare() {
    DocumentSummary p = f.readyProtokoll();
    JusteringView v = s.justering().send(p.id(), 2, f.sekreterare);
    assertEquals(Status.JUSTERING, v.document().status());
    assertEquals(LocalDate.of(2025, 12, 11), v.deadline());
    assertEquals(List.of("Ingrid Holmström", "Jonas Berglund"),
        v.signatures().stream().map(Signature::personName).toList());
    assertEquals(List.of(SignRole.ORDFORANDE, SignRole.JUSTERARE),
        v.signatures().stream().map(Signature::role).toList());
    assertEquals(List.of(p.id()), s.justering().toSign(jonas).stream()
        .map(DocumentSummary::id).toList());
    assertEquals(List.of(), s.justering().toSign(margareta));
    assertThrows(WorkflowRefusal.Conflict.class,
        () -> s.justering().send(p.id(), 2, f.sekreterare));
  }

  @Test
  void onlyAskedSignersProposeAndSign() {
    DocumentSummary p = f.readyProtokoll();
    s.justering().send(p.id(), 2, f.sekreterare);
    assertEquals(403, assertThrows(WorkflowRefusal.Forbidden.class,
        () -> s.justering().propose(p.id(), 590, "Ändra", margareta)).httpStatus());
    assertThrows(WorkflowRefusal.Forbidden.class,
        () -> s.justering().sign(p.id(), 2, ServiceFixture.PASSWORD, margareta));
    WorkflowRefusal.Forbidden wrong = assertThrows(WorkflowRefusal.Forbidden.class,
        () -> s.justering().sign(p.id(), 2, "fel-lösenord", jonas));
    assertEquals("Lösenordet stämmer inte.", wrong.getMessage());
    assertTrue(s.justering().view(p.id()).signatures().stream().noneMatch(Signature::isSigned));
    assertThrows(WorkflowRefusal.Invalid.class,
        () -> s.justering().propose(p.id(), 999, "Finns inte", jonas));
  }

  @Test
  void fromDraftToJusteratAndSealed() {
    DocumentSummary p = f.readyProtokoll();
    s.justering().send(p.id(), 2, f.sekreterare);

    // ändringsförslag and answer
    ChangeProposal cp = s.justering().propose(p.id(), 590, "Skriv ut dagordningens datum.", jonas);
    assertEquals("Jonas Berglund", cp.author());
    ChangeProposal answered = s.justering().answer(p.id(), cp.id(), "Rättat i version 3.",
        f.sekreterare);
    assertEquals("Rättat i version 3.", answered.answer());
    assertEquals("Annelie Forsberg", answered.answeredBy());

    // a signature, then a change: the signature is withdrawn and the save says so
    SignResult first = s.justering().sign(p.id(), 2, ServiceFixture.PASSWORD, jonas);
    assertFalse(first.sealed());
    assertTrue(first.signature().isSigned());
    String v3 = s.meetings().open(p.id()).text()
        .replace("att godkänna dagordningen", "att godkänna dagordningen daterad 2025-11-20");
    SaveResult saved = s.meetings().save(p.id(), 2, v3, f.sekreterare);
    assertEquals(3, saved.revision().number());
    assertEquals(List.of("Jonas Berglund"),
        saved.withdrawn().stream().map(Signature::personName).toList());
    assertTrue(saved.notices().get(0).contains("Jonas Berglunds justering av version 2 har"
        + " återkallats"), saved.notices().toString());
    assertEquals(Status.JUSTERING, saved.document().status());
    // the old revision can no longer be signed
    assertThrows(WorkflowRefusal.Conflict.class,
        () -> s.justering().sign(p.id(), 2, ServiceFixture.PASSWORD, ingrid));

    // both sign version 3 a few days later: sealed
    f.clock.set(LocalDate.of(2025, 12, 3));
    assertFalse(s.justering().sign(p.id(), 3, ServiceFixture.PASSWORD, ingrid).sealed());
    SignResult last = s.justering().sign(p.id(), 3, ServiceFixture.PASSWORD, jonas);
    assertTrue(last.sealed());

    // the seal: hashes of the whole and of each §, signers, originals
    Seal seal = f.db.seals().seal(p.id()).orElseThrow();
    OpenDocument o = s.meetings().open(p.id());
    assertTrue(o.sealed());
    assertEquals(Status.JUSTERAT, o.document().status());
    assertEquals(3, seal.revision());
    assertEquals(Canonical.sha256(Canonical.text(o.meeting())), seal.sha256());
    assertEquals(Canonical.paragrafHashes(o.meeting()), last.seal().paragrafHashes());
    assertEquals(10, last.seal().paragrafHashes().size());
    assertEquals(List.of("Ingrid Holmström, ordförande", "Jonas Berglund, justerare"),
        last.seal().signers().stream().map(x -> x.substring(0, x.lastIndexOf(','))).toList());
    assertFalse(last.seal().imported());
    assertEquals(Canonical.sha256(seal.docx()), last.seal().docxSha256());
    assertEquals(Canonical.sha256(seal.html()), last.seal().htmlSha256());
    Rendition docx = s.meetings().rendition(p.id(), "docx");
    assertEquals(Rendition.Origin.ORIGINAL, docx.origin());
    assertArrayEquals(seal.docx(), docx.bytes());

    // the anslag, posted with the legal dates; the original's BEVIS OM ANSLAG shows them
    Anslag a = last.anslag();
    assertEquals(new Anslag(LocalDate.of(2025, 12, 3), LocalDate.of(2025, 12, 3),
        LocalDate.of(2025, 12, 30), LocalDate.of(2025, 12, 29),
        "Samordningsförbundets kansli, Storgatan 12, Norrby"), a);
    String html = new String(seal.html(), StandardCharsets.UTF_8);
    assertTrue(html.contains("2025-12-29"), "sista dag för överklagande in the original");
    assertTrue(html.contains("2025-12-30"), "nedtas in the original");

    // from now on every change is refused
    WorkflowRefusal.Conflict refused = assertThrows(WorkflowRefusal.Conflict.class,
        () -> s.meetings().save(p.id(), 3, v3 + "\nMer.\n", f.sekreterare));
    assertEquals(Transitions.SEALED, refused.getMessage());
    assertThrows(WorkflowRefusal.Conflict.class,
        () -> s.justering().propose(p.id(), 590, "Sent", jonas));
    assertThrows(WorkflowRefusal.Conflict.class,
        () -> s.justering().recall(p.id(), "nej", f.sekreterare));
    assertEquals(3, f.db.revisions().revisions(p.id()).size());

    // and the log tells the story
    List<String> actions = s.audit().forDocument(p.id()).stream().map(AuditLine::action).toList();
    assertEquals(List.of("skapa-protokoll", "spara", "skicka-pa-justering", "andringsforslag",
        "besvara-forslag", "justera", "spara", "justering-aterkallad", "justera", "justera",
        "forsegla", "anslag"), actions);
  }

  @Test
  void recallWithdrawsEveryRequest() {
    DocumentSummary p = f.readyProtokoll();
    s.justering().send(p.id(), 2, f.sekreterare);
    s.justering().sign(p.id(), 2, ServiceFixture.PASSWORD, ingrid);
    JusteringView v = s.justering().recall(p.id(), "Fel justerare.", f.sekreterare);
    assertEquals(Status.UTKAST, v.document().status());
    assertTrue(v.signatures().stream().allMatch(x -> "Fel justerare.".equals(x.withdrawnReason())));
    assertThrows(WorkflowRefusal.Conflict.class,
        () -> s.justering().sign(p.id(), 2, ServiceFixture.PASSWORD, jonas));
    JusteringView again = s.justering().send(p.id(), 2, f.sekreterare);
    assertEquals(4, again.signatures().size());
    assertNull(again.seal());
  }
}
