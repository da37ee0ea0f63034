package se.paragraf.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The § ledger: consecutive numbers per organ and series, each at most once. */
interface LedgerContract extends StoreFixture {
  @Test
  default void allocationContinuesFromTheHighestInTheSeries() {
    StoredDocument feb = protokoll();
    StoredDocument apr = protokoll("norrdal", LocalDate.of(2025, 4, 23));
    Ledger ledger = db().ledger();
    assertEquals(560, ledger.allocate("norrdal", Ledger.LOPANDE, 9, feb.id(), 560));
    assertEquals(569, ledger.allocate("norrdal", Ledger.LOPANDE, 4, apr.id(), 560));
    assertEquals(List.of(560, 561, 562, 563, 564, 565, 566, 567, 568), ledger.numbers(feb.id()));
    assertEquals(List.of(569, 570, 571, 572), ledger.numbers(apr.id()));
    assertEquals(Optional.of(572), ledger.last("norrdal", Ledger.LOPANDE));
  }

  @Test
  default void perYearSeriesAndOrgansAreIndependent() {
    StoredDocument a = protokoll();
    organ("sodra");
    StoredDocument b = protokoll("sodra", LocalDate.of(2025, 2, 13));
    StoredDocument c = protokoll("norrdal", LocalDate.of(2026, 1, 15));
    Ledger ledger = db().ledger();
    assertEquals(1, ledger.allocate("norrdal", 2025, 5, a.id(), 1));
    assertEquals(1, ledger.allocate("sodra", 2025, 3, b.id(), 1));
    assertEquals(1, ledger.allocate("norrdal", 2026, 2, c.id(), 1));
    assertEquals(6, ledger.allocate("norrdal", 2025, 1, a.id(), 1));
    assertEquals(Optional.empty(), ledger.last("norrdal", Ledger.LOPANDE));
  }

  @Test
  default void aNumberCannotBeTakenTwiceEvenWithRawSql() throws Exception {
    StoredDocument doc = protokoll();
    db().ledger().allocate("norrdal", 2025, 2, doc.id(), 1);
    String insert =
        "INSERT INTO ledger_entry (organ_key, series_year, number, document_id, allocated_at)"
            + " VALUES ('norrdal', 2025, %d, " + doc.id() + ", '2025-02-13T08:00:00.000000Z')";
    SQLException e =
        assertThrows(SQLException.class, () -> rawUpdate(String.format(insert, 2)));
    assertTrue(e.getMessage().toLowerCase().contains("unique"), e.getMessage());
    assertEquals(1, rawUpdate(String.format(insert, 3)), "a free number is accepted");
  }

  @Test
  default void allocationChecksOrganAndSeal() {
    StoredDocument doc = protokoll();
    organ("sodra");
    assertThrows(
        InvalidInputException.class, () -> db().ledger().allocate("sodra", 2025, 1, doc.id(), 1));
    assertThrows(
        InvalidInputException.class, () -> db().ledger().allocate("norrdal", 2025, 0, doc.id(), 1));
    JusteringContract.seal(db(), doc.id(), 1);
    assertThrows(
        SealedException.class, () -> db().ledger().allocate("norrdal", 2025, 1, doc.id(), 1));
  }

  @Test
  default void theNewestDraftCanGrowAndShrinkWithoutGaps() {
    StoredDocument feb = protokoll();
    Ledger ledger = db().ledger();
    ledger.allocate("norrdal", 2025, 3, feb.id(), 1);
    assertEquals(List.of(1, 2, 3, 4, 5), ledger.resize(feb.id(), 5));
    assertEquals(List.of(1, 2), ledger.resize(feb.id(), 2));
    StoredDocument apr = protokoll("norrdal", LocalDate.of(2025, 4, 23));
    assertEquals(3, ledger.allocate("norrdal", 2025, 1, apr.id(), 1));
    assertThrows(ConflictException.class, () -> ledger.resize(feb.id(), 3));
    assertEquals(List.of(3), ledger.resize(apr.id(), 1));
    assertEquals(List.of(), ledger.resize(apr.id(), 0));
    assertEquals(3, ledger.allocate("norrdal", 2025, 1, apr.id(), 1));
  }
}
