package se.paragraf.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Organs with their organ.yaml revisions, documents and their status. */
interface DocumentContract extends StoreFixture {
  @Test
  default void organKeepsItsProfileAsRevisions() {
    Organ organ = db().organs().create("norrdal", "Styrelsen", "organ: Styrelsen\n", "admin");
    assertEquals(1, organ.currentRevision());
    db().revisions().save(organ.sourceDocumentId(), 1L, "organ: Styrelsen\nnumrering: per år\n", "eva");
    Organ reread = db().organs().organ("norrdal").orElseThrow();
    assertEquals(2, reread.currentRevision());
    assertEquals(organ.sourceDocumentId(), reread.sourceDocumentId());
    assertEquals(
        "organ: Styrelsen\nnumrering: per år\n",
        db().revisions().latest(organ.sourceDocumentId()).orElseThrow().text());
    assertEquals(List.of(), db().documents().documents("norrdal"), "the profile is not a meeting");
  }

  @Test
  default void reopeningKeepsEverythingAndMigratesNothingTwice() throws Exception {
    StoredDocument doc = protokoll();
    db().revisions().save(doc.id(), 1L, "två", "eva");
    Database again = reopen();
    assertEquals(2, again.revisions().latest(doc.id()).orElseThrow().number());
    assertEquals(doc, again.documents().document(doc.id()).orElseThrow());
    try (var c = raw();
        var st = c.createStatement();
        var rs = st.executeQuery("SELECT COUNT(*) FROM flyway_schema_history WHERE success")) {
      rs.next();
      assertEquals(1, rs.getInt(1), "V1 applied once");
    }
  }

  @Test
  default void organKeyIsUniqueAndValidated() {
    organ("norrdal");
    assertThrows(ConflictException.class, () -> organ("norrdal"));
    assertThrows(InvalidInputException.class, () -> organ("../etc"));
  }

  @Test
  default void organsSortTheSwedishWay() {
    db().organs().create("a", "Östra nämnden", "x", "admin");
    db().organs().create("b", "Zeta-styrelsen", "x", "admin");
    db().organs().create("c", "Ålands råd", "x", "admin");
    db().organs().create("d", "Arbetsutskottet", "x", "admin");
    assertEquals(
        List.of("Arbetsutskottet", "Zeta-styrelsen", "Ålands råd", "Östra nämnden"),
        db().organs().organs().stream().map(Organ::displayName).collect(Collectors.toList()));
  }

  @Test
  default void documentsAreListedPerOrganAndMeeting() {
    organ("norrdal");
    organ("sodra");
    LocalDate feb = LocalDate.of(2025, 2, 13);
    StoredDocument kallelse =
        db().documents()
            .create(new NewDocument("norrdal", SourceKind.KALLELSE, feb, "utkast", null), "k", "eva");
    StoredDocument protokoll = protokoll("norrdal", feb);
    StoredDocument april = protokoll("norrdal", LocalDate.of(2025, 4, 23));
    protokoll("sodra", feb);
    assertEquals(List.of(kallelse, protokoll, april), db().documents().documents("norrdal"));
    assertEquals(List.of(kallelse, protokoll), db().documents().meeting("norrdal", feb));
    assertEquals(protokoll, db().documents().document(protokoll.id()).orElseThrow());
    assertEquals(feb, protokoll.meetingDate());
  }

  @Test
  default void documentForAMissingOrganIsNotFound() {
    assertThrows(
        NotFoundException.class,
        () -> protokoll("saknas", LocalDate.of(2025, 2, 13)));
  }

  @Test
  default void statusMovesOnlyFromTheExpectedState() {
    StoredDocument doc = protokoll();
    assertEquals("skickad", db().documents().setStatus(doc.id(), "utkast", "skickad").status());
    assertThrows(
        ConflictException.class, () -> db().documents().setStatus(doc.id(), "utkast", "justering"));
    assertEquals("skickad", db().documents().document(doc.id()).orElseThrow().status());
  }
}
