package se.paragraf.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Signatures, ändringsförslag, seals and sent copies. */
interface JusteringContract extends StoreFixture {
  static Seal seal(Database db, long documentId, int revision) {
    String text = db.revisions().revision(documentId, revision).orElseThrow().text();
    return db.seals()
        .seal(
            new NewSeal(
                documentId,
                revision,
                Tokens.sha256Hex(text),
                "{\"1\":\"" + Tokens.sha256Hex("§1") + "\"}",
                List.of("Bertil Almgren", "Anna Ek"),
                "docx".getBytes(StandardCharsets.UTF_8),
                "<html>".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  default void sealKeepsHashesSignersAndRenditions() {
    StoredDocument doc = protokoll();
    Seal seal = seal(db(), doc.id(), 1);
    Seal stored = db().seals().seal(doc.id()).orElseThrow();
    assertEquals(seal.sha256(), stored.sha256());
    assertEquals(seal.paragrafHashes(), stored.paragrafHashes());
    assertEquals(List.of("Bertil Almgren", "Anna Ek"), stored.signers());
    assertEquals(clock().instant(), stored.sealedAt());
    assertArrayEquals("docx".getBytes(StandardCharsets.UTF_8), stored.docx());
    assertArrayEquals("<html>".getBytes(StandardCharsets.UTF_8), stored.html());
    assertEquals(List.of(doc.id()), db().seals().bySha256(seal.sha256()).stream().map(Seal::documentId).toList());
  }

  @Test
  default void aSealedDocumentRefusesEveryChange() {
    StoredDocument doc = protokoll();
    Signature s = db().signatures().request(doc.id(), "Anna Ek", SignRole.JUSTERARE);
    seal(db(), doc.id(), 1);
    assertThrows(SealedException.class, () -> db().revisions().save(doc.id(), 1L, "ändrat", "eva"));
    assertThrows(SealedException.class, () -> seal(db(), doc.id(), 1));
    assertThrows(SealedException.class, () -> db().signatures().sign(s.id(), 1));
    assertThrows(
        SealedException.class, () -> db().changeProposals().propose(doc.id(), 1, "anna", "x"));
    assertEquals(1, db().revisions().revisions(doc.id()).size());
  }

  @Test
  default void theDatabaseItselfRefusesRevisionsOfASealedDocument() throws SQLException {
    StoredDocument doc = protokoll();
    String insert =
        "INSERT INTO revision (document_id, number, text, author, created_at) VALUES ("
            + doc.id() + ", %d, 'x', 'eva', '2025-02-13T09:00:00.000000Z')";
    assertEquals(1, rawUpdate(String.format(insert, 2)), "unsealed: a raw insert works");
    seal(db(), doc.id(), 2);
    SQLException e = assertThrows(SQLException.class, () -> rawUpdate(String.format(insert, 3)));
    assertTrue(e.getMessage().contains("förseglat"), e.getMessage());
    SQLException u =
        assertThrows(SQLException.class, () -> rawUpdate("UPDATE seal SET sha256 = 'x'"));
    assertTrue(u.getMessage().contains("oföränderlig"), u.getMessage());
  }

  @Test
  default void sealingAStaleRevisionIsRefused() {
    StoredDocument doc = protokoll();
    db().revisions().save(doc.id(), 1L, "ändrat", "eva");
    StaleRevisionException e = assertThrows(StaleRevisionException.class, () -> seal(db(), doc.id(), 1));
    assertEquals(2, e.current().number());
    assertTrue(db().seals().seal(doc.id()).isEmpty());
  }

  @Test
  default void signaturesAreGivenOnTheLatestRevisionAndWithdrawnWhenTheTextChanges() {
    StoredDocument doc = protokoll();
    Signature ordf = db().signatures().request(doc.id(), "Bertil Almgren", SignRole.ORDFORANDE);
    Signature just = db().signatures().request(doc.id(), "Anna Ek", SignRole.JUSTERARE);
    assertThrows(
        ConflictException.class,
        () -> db().signatures().request(doc.id(), "Anna Ek", SignRole.JUSTERARE));
    assertTrue(ordf.isPending());

    Signature signed = db().signatures().sign(ordf.id(), 1);
    assertEquals(Integer.valueOf(1), signed.revision());
    assertTrue(signed.isSigned());
    assertThrows(ConflictException.class, () -> db().signatures().sign(ordf.id(), 1));

    db().revisions().save(doc.id(), 1L, "rättat", "eva");
    assertThrows(StaleRevisionException.class, () -> db().signatures().sign(just.id(), 1));
    List<Signature> withdrawn = db().signatures().withdrawSigned(doc.id(), "Texten ändrades");
    assertEquals(List.of(ordf.id()), withdrawn.stream().map(Signature::id).toList());
    assertEquals("Texten ändrades", withdrawn.get(0).withdrawnReason());
    assertFalse(withdrawn.get(0).isSigned());

    Signature again = db().signatures().request(doc.id(), "Bertil Almgren", SignRole.ORDFORANDE);
    db().signatures().sign(again.id(), 2);
    db().signatures().sign(just.id(), 2);
    assertEquals(
        List.of(false, true, true),
        db().signatures().signatures(doc.id()).stream().map(Signature::isSigned).toList());
  }

  @Test
  default void changeProposalsAreAnsweredOnce() {
    StoredDocument doc = protokoll();
    ChangeProposal p = db().changeProposals().propose(doc.id(), 12, "anna", "Stryk meningen.");
    assertNull(p.answer());
    assertEquals(Integer.valueOf(12), p.paragraf());
    ChangeProposal answered = db().changeProposals().answer(p.id(), "Ändrat.", "eva");
    assertEquals("Ändrat.", answered.answer());
    assertEquals("eva", answered.answeredBy());
    assertEquals(clock().instant(), answered.answeredAt());
    assertThrows(ConflictException.class, () -> db().changeProposals().answer(p.id(), "Nej", "eva"));
    assertEquals(List.of(answered), db().changeProposals().proposals(doc.id()));
  }

  @Test
  default void sentCopiesFreezeTheLatestRevision() {
    StoredDocument doc = protokoll();
    byte[] docx = {1, 2, 3};
    SentCopy first = db().sentCopies().record(doc.id(), 1, "eva", docx, new byte[] {4});
    db().revisions().save(doc.id(), 1L, "reviderad", "eva");
    assertThrows(
        StaleRevisionException.class,
        () -> db().sentCopies().record(doc.id(), 1, "eva", docx, new byte[] {4}));
    SentCopy second = db().sentCopies().record(doc.id(), 2, "eva", docx, new byte[] {5});
    assertEquals(2, db().sentCopies().copies(doc.id()).size());
    assertEquals(second.id(), db().sentCopies().latest(doc.id()).orElseThrow().id());
    assertArrayEquals(docx, db().sentCopies().copies(doc.id()).get(0).docx());
    assertEquals(1, first.revision());
    assertThrows(SQLException.class, () -> rawUpdate("DELETE FROM sent_copy"));
  }
}
