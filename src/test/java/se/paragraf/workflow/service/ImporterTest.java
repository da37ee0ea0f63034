package se.paragraf.workflow.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.paragraf.model.Anslag;
import se.paragraf.model.Problem;
import se.paragraf.store.Ledger;

class ImporterTest {
  @TempDir Path tmp;
  ServiceFixture f;

  @BeforeEach
  void setUp() {
    f = new ServiceFixture(tmp, LocalDate.of(2025, 11, 3));
  }

  @AfterEach
  void tearDown() {
    f.close();
  }

  @Test
  void importsEveryOrganWithStatusesSealsAndLedger() {
    ImportReport r = f.imported;
    assertFalse(r.skipped());
    assertEquals(2, r.organs().size());
    assertEquals(List.of(), r.problems().stream().filter(Problem::isFel).toList());
    assertEquals(new ImportReport.Organ("norrdal", "Styrelsen, Samordningsförbundet Norrdal", 4,
        3, 3), r.organs().get(0));
    assertEquals(587, f.db.ledger().last("norrdal", Ledger.LOPANDE).orElseThrow());
    assertEquals(13, f.db.ledger().last("nyby-bun", 2025).orElseThrow());
    assertEquals(6, f.db.ledger().last("nyby-bun", 2026).orElseThrow());
  }

  @Test
  void justeradeAreSealedAsImportedWithTheirAnslag() {
    MeetingOverview jan = f.services.meetings().year("nyby-bun", 2026).get(0);
    assertEquals(Status.JUSTERAT, jan.protokoll().status());
    assertEquals(Status.SKICKAD, jan.kallelse().status());
    assertEquals(Rendition.Origin.SKICKAD,
        f.services.meetings().rendition(jan.kallelse().id(), "html").origin());
    assertEquals(new Anslag(LocalDate.of(2026, 2, 4), LocalDate.of(2026, 2, 5),
        LocalDate.of(2026, 2, 27), LocalDate.of(2026, 2, 26),
        "Nyby kommun, kommunledningskontoret, Rådhusgatan 5, Nyby"), jan.anslag());
    SealInfo seal = f.services.justering().view(jan.protokoll().id()).seal();
    assertTrue(seal.imported());
    assertEquals(List.of("Anders Sjöberg, ordförande, importerad",
        "Fatima Ahmadi, justerare, importerad"), seal.signers());
    assertEquals(List.of(1, 2, 3, 4, 5, 6), List.copyOf(seal.paragrafHashes().keySet()));
    assertEquals("importera", f.services.audit().forDocument(jan.protokoll().id()).get(0)
        .action());
    MeetingOverview nov = f.services.meetings().year("norrdal", 2025).get(3);
    assertEquals(Status.UTKAST, nov.kallelse().status());
  }

  @Test
  void secondImportIsSkipped() {
    assertTrue(f.services.importer().importIfEmpty(tmp.resolve("agendas"), Actor.SYSTEM)
        .skipped());
  }
}
