package se.paragraf.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two app instances (two stores, each with its own pool) write to one database at the same moment:
 * § numbers come out without duplicates or gaps, and concurrent saves lose nothing.
 */
abstract class ConcurrencyContract {
  static {
    TestLogging.quiet();
  }

  private static final int INSTANCES = 2;

  /** A URL of a fresh database that two stores can open at once. */
  abstract String newDatabaseUrl();

  abstract void dropDatabase();

  abstract int threadsPerInstance();

  private final List<Database> open = new ArrayList<>();

  @AfterEach
  void closeAll() {
    open.forEach(Database::close);
    dropDatabase();
  }

  private List<Database> instances() {
    String url = newDatabaseUrl();
    for (int i = 0; i < INSTANCES; i++) {
      open.add(Database.open(url));
    }
    return open;
  }

  /** One allocation a thread made: its document, first number and count. */
  private record Range(long documentId, int first, int count) {}

  @Test
  void concurrentAllocationsAreDisjointAndGapFree() throws Exception {
    List<Database> dbs = instances();
    dbs.get(0).organs().create("norrdal", "Styrelsen", "organ: Styrelsen\n", "eva");
    int threads = INSTANCES * threadsPerInstance();
    int perThread = 25;
    List<Long> docs = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      docs.add(protokoll(dbs.get(0), LocalDate.of(2025, 1, 1).plusDays(t)).id());
    }

    List<Range> ranges =
        runConcurrently(
            threads,
            t -> {
              Ledger ledger = dbs.get(t % INSTANCES).ledger();
              List<Range> mine = new ArrayList<>();
              for (int i = 0; i < perThread; i++) {
                int count = 1 + (t + i) % 3;
                int first = ledger.allocate("norrdal", 2025, count, docs.get(t), 1);
                mine.add(new Range(docs.get(t), first, count));
              }
              return mine;
            });

    List<Integer> numbers = new ArrayList<>();
    ranges.forEach(r -> IntStream.range(r.first(), r.first() + r.count()).forEach(numbers::add));
    Collections.sort(numbers);
    int total = numbers.size();
    assertEquals(
        IntStream.rangeClosed(1, total).boxed().collect(Collectors.toList()),
        numbers,
        "every number from 1 to " + total + " exactly once");
    for (long doc : docs) {
      List<Integer> expected =
          ranges.stream()
              .filter(r -> r.documentId() == doc)
              .flatMap(r -> IntStream.range(r.first(), r.first() + r.count()).boxed())
              .sorted()
              .collect(Collectors.toList());
      assertEquals(expected, dbs.get(1).ledger().numbers(doc), "the ledger agrees for " + doc);
    }
  }

  @Test
  void concurrentSavesOfOneDocumentLoseNothing() throws Exception {
    List<Database> dbs = instances();
    dbs.get(0).organs().create("norrdal", "Styrelsen", "organ: Styrelsen\n", "eva");
    long doc = protokoll(dbs.get(0), LocalDate.of(2025, 2, 13)).id();
    int threads = INSTANCES * threadsPerInstance();
    int perThread = 10;

    List<String> saved =
        runConcurrently(
            threads,
            t -> {
              Revisions revisions = dbs.get(t % INSTANCES).revisions();
              List<String> mine = new ArrayList<>();
              while (mine.size() < perThread) {
                long base = revisions.latest(doc).orElseThrow().number();
                String text = "tråd " + t + " ändring " + mine.size();
                try {
                  revisions.save(doc, base, text, "t" + t);
                  mine.add(text);
                } catch (StaleRevisionException e) {
                  assertTrue(e.current().number() > base, "stale means someone else saved");
                }
              }
              return mine;
            });

    List<Revision> all = dbs.get(1).revisions().revisions(doc);
    assertEquals(1 + threads * perThread, all.size());
    assertEquals(
        IntStream.rangeClosed(1, all.size()).boxed().collect(Collectors.toList()),
        all.stream().map(Revision::number).collect(Collectors.toList()));
    List<String> stored = all.stream().skip(1).map(Revision::text).sorted().collect(Collectors.toList());
    Collections.sort(saved);
    assertEquals(saved, stored, "every acknowledged save is a revision");
  }

  @Test
  void twoInstancesCreatingAKallelseForOneMeetingMakeOne() throws Exception {
    List<Database> dbs = instances();
    dbs.get(0).organs().create("norrdal", "Styrelsen", "organ: Styrelsen\n", "eva");
    LocalDate date = LocalDate.of(2025, 11, 27);
    int threads = INSTANCES * threadsPerInstance();
    List<String> outcomes = runConcurrently(threads, t -> {
      try {
        dbs.get(t % INSTANCES).documents().create(new NewDocument("norrdal",
            SourceKind.KALLELSE, date, "utkast", null), "k" + t, "t" + t);
        return List.of("skapad");
      } catch (ConflictException e) {
        assertTrue(e.getMessage().contains("finns redan en kallelse"), e.getMessage());
        return List.of("nekad");
      }
    });
    assertEquals(1, Collections.frequency(outcomes, "skapad"), outcomes.toString());
    assertEquals(1, dbs.get(1).documents().meeting("norrdal", date).size());
  }

  private static StoredDocument protokoll(Database db, LocalDate date) {
    return db.documents()
        .create(new NewDocument("norrdal", SourceKind.PROTOKOLL, date, "utkast", null), "x", "eva");
  }

  /** A unit of one thread's work. */
  interface ThreadWork<T> {
    List<T> run(int thread) throws Exception;
  }

  /** Starts all threads at one instant and gathers their results; fails on any thread's error. */
  private static <T> List<T> runConcurrently(int threads, ThreadWork<T> work) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<T>>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return work.run(thread);
                }));
      }
      start.countDown();
      List<T> all = new ArrayList<>();
      for (Future<List<T>> f : futures) {
        all.addAll(f.get(60, TimeUnit.SECONDS));
      }
      return all;
    } finally {
      pool.shutdownNow();
    }
  }
}
