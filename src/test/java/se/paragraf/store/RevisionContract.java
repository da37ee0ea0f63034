package se.paragraf.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Revisions: append-only, numbered, no lost update. */
interface RevisionContract extends StoreFixture {
  @Test
  default void createStoresTheFirstRevision() {
    StoredDocument doc = protokoll();
    Revision first = db().revisions().latest(doc.id()).orElseThrow();
    assertEquals(1, first.number());
    assertEquals("# Mötets öppnande\n", first.text());
    assertEquals("eva", first.author());
    assertEquals(clock().instant(), first.createdAt());
  }

  @Test
  default void saveAppendsNumberedRevisionsAndKeepsEveryOne() {
    StoredDocument doc = protokoll();
    clock().advance(Duration.ofMinutes(5));
    Revision second = db().revisions().save(doc.id(), 1L, "två", "eva");
    Revision third = db().revisions().save(doc.id(), 2L, "tre", "anna");
    assertEquals(2, second.number());
    assertEquals(3, third.number());
    assertEquals(
        List.of("# Mötets öppnande\n", "två", "tre"),
        db().revisions().revisions(doc.id()).stream().map(Revision::text).collect(Collectors.toList()));
    assertEquals(second, db().revisions().revision(doc.id(), 2).orElseThrow());
    assertEquals(third, db().revisions().latest(doc.id()).orElseThrow());
  }

  @Test
  default void latestNumbersGivesEachDocumentOfTheOrganItsNewestRevision() {
    StoredDocument doc = protokoll();
    db().revisions().save(doc.id(), 1L, "två", "eva");
    db().revisions().save(doc.id(), 2L, "tre", "eva");
    java.util.Map<Long, Integer> latest = db().revisions().latestNumbers(doc.organKey());
    assertEquals(3, latest.get(doc.id()));
    assertEquals(db().revisions().latest(doc.id()).orElseThrow().number(), latest.get(doc.id()));
    assertTrue(db().revisions().latestNumbers("inget-sadant-organ").isEmpty());
  }

  @Test
  default void staleSaveIsRefusedWithTheCurrentRevision() {
    StoredDocument doc = protokoll();
    db().revisions().save(doc.id(), 1L, "annas ändring", "anna");
    StaleRevisionException e =
        assertThrows(
            StaleRevisionException.class,
            () -> db().revisions().save(doc.id(), 1L, "evas ändring", "eva"));
    assertEquals(2, e.current().number());
    assertEquals("annas ändring", e.current().text());
    assertTrue(e.getMessage().contains("anna"), e.getMessage());
    assertEquals(2, db().revisions().revisions(doc.id()).size());
  }

  @Test
  default void saveWithoutBaseOnADocumentWithRevisionsIsStale() {
    StoredDocument doc = protokoll();
    assertThrows(
        StaleRevisionException.class, () -> db().revisions().save(doc.id(), null, "x", "eva"));
  }

  @Test
  default void textsOverTwoMegabytesAreRefused() {
    StoredDocument doc = protokoll();
    String big = "ä".repeat(Revisions.MAX_TEXT_BYTES / 2 + 1);
    assertThrows(InvalidInputException.class, () -> db().revisions().save(doc.id(), 1L, big, "eva"));
    String fits = "a".repeat(Revisions.MAX_TEXT_BYTES);
    assertEquals(2, db().revisions().save(doc.id(), 1L, fits, "eva").number());
  }

  @Test
  default void saveOnAMissingDocumentIsNotFound() {
    organ("norrdal");
    assertThrows(NotFoundException.class, () -> db().revisions().save(4711, null, "x", "eva"));
  }

  @Test
  default void revisionsCannotBeChangedEvenWithRawSql() {
    StoredDocument doc = protokoll();
    assertThrows(Exception.class, () -> rawUpdate("UPDATE revision SET text = 'x'"));
    assertThrows(Exception.class, () -> rawUpdate("DELETE FROM revision"));
    assertEquals("# Mötets öppnande\n", db().revisions().latest(doc.id()).orElseThrow().text());
  }
}
