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
    System.out.println(r.organs());
    r.problems().stream().filter(Problem::isFel).forEach(p -> System.out.println(p.format()));
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
  void secondImportIsSkipped() {
    assertTrue(f.services.importer().importIfEmpty(tmp.resolve("agendas"), Actor.SYSTEM)
        .skipped());
  }
}
