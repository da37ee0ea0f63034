package se.paragraf.workflow.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.paragraf.render.Templates;
import se.paragraf.store.Database;
import se.paragraf.store.Ledger;

/**
 * Two app instances (two stores on one SQLite file) click "Skapa protokoll" for the same meeting
 * at the same moment: one protokoll, one refusal, and the ledger has neither a gap nor a
 * duplicate.
 */
class ConcurrentCreateTest {
  @TempDir Path tmp;

  @Test
  void oneMeetingGetsOneProtokollAndTheLedgerStaysGapFree() throws Exception {
    try (ServiceFixture f = new ServiceFixture(tmp, LocalDate.of(2025, 11, 27));
        Database second = Database.open("jdbc:sqlite:" + tmp.resolve("paragraf.db"), f.clock)) {
      Services other = new Services(second, Templates.bundled(), f.clock);
      ExecutorService pool = Executors.newFixedThreadPool(2);
      try {
        f.draftProtokoll();
        int expectedLast = 597;
        long races = 0;
        for (int round = 0; round < 6; round++) {
          LocalDate day = LocalDate.of(2025, 12, 4).plusWeeks(round);
          DocumentSummary k = f.services.kallelser().create("norrdal", day, "09.00", "Norrby",
              f.sekreterare);
          f.services.kallelser().send(k.id(), 1, f.sekreterare);
          CountDownLatch go = new CountDownLatch(1);
          List<Future<Long>> both = new ArrayList<>();
          for (Services s : List.of(f.services, other)) {
            both.add(pool.submit(() -> {
              go.await();
              try {
                return s.protokoll().create(k.id(), f.sekreterare).id();
              } catch (WorkflowRefusal.Conflict e) {
                assertTrue(e.getMessage().startsWith(
                    "Det finns redan ett protokoll för sammanträdet " + day), e.getMessage());
                return -1L;
              }
            }));
          }
          go.countDown();
          long a = both.get(0).get();
          long b = both.get(1).get();
          assertEquals(1, (a > 0 ? 1 : 0) + (b > 0 ? 1 : 0), "round " + round + ": " + a + " " + b);
          long winner = Math.max(a, b);
          assertEquals(winner, f.services.protokoll().protokollFor(k.id()).orElseThrow().id());
          List<Integer> held = f.db.ledger().numbers(winner);
          assertEquals(expectedLast + 1, held.get(0), "round " + round);
          assertEquals(List.of(held.get(0), held.get(1), held.get(2), held.get(3)), held);
          expectedLast = held.get(held.size() - 1);
          assertEquals(expectedLast, f.db.ledger().last("norrdal", Ledger.LOPANDE).orElseThrow());
          assertEquals(held, f.services.meetings().open(winner).meeting().paragrafer());
          long raced = f.db.documents().meeting("norrdal", day).stream()
              .filter(d -> d.kind() == se.paragraf.store.SourceKind.PROTOKOLL).count();
          races += raced - 1;
        }
        System.out.println("ConcurrentCreateTest: both creators got past the first check in "
            + races + " of 6 rounds");
      } finally {
        pool.shutdownNow();
      }
    }
  }
}
