package se.paragraf.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import se.paragraf.web.Browser;

/**
 * The server process is killed with SIGKILL while two clients save one document as fast as they
 * can, then started again on the same SQLite store: every save the server acknowledged (2xx with
 * its revision number) must be there with its exact text, no revision number may have been
 * acknowledged twice (a lost update), anything else stored must be a text a client sent, and the
 * database must pass SQLite's integrity and foreign key checks.
 */
class ServerCrashTest {
  static final int WRITERS = 2;
  /** Bounds of one writer's loop: the kill normally ends it long before either. */
  static final int MAX_SAVES = 1_000;
  static final long MAX_MILLIS = 45_000;

  /** What the writers saw: acknowledged revisions, every text sent, and anything unexpected. */
  static final class Log {
    final Map<Integer, String> acked = new ConcurrentHashMap<>();
    final Set<String> sent = ConcurrentHashMap.newKeySet();
    final List<String> errors = new CopyOnWriteArrayList<>();
    final CountDownLatch enoughAcks;

    Log(int killAfter) {
      enoughAcks = new CountDownLatch(killAfter);
    }
  }

  @Test
  void everyAcknowledgedSaveSurvivesSigkill() throws Exception {
    Path dir = JavaCommand.workDir("crash");
    long seed = System.nanoTime();
    int killAfter = 20 + new Random(seed).nextInt(30);
    Log log = new Log(killAfter);
    ServerProcess.Login sek;
    long doc;
    long t0 = System.nanoTime();
    long started;
    long killed;
    try (ServerProcess server = ServerProcess.start(dir, 1)) {
      started = System.nanoTime();
      sek = server.sekreterare("norrdal");
      Browser b = new Browser(server.port()).login(sek.username(), sek.password());
      doc = Api.kallelseId(b, "norrdal", "2025-11-27");
      String original = Api.text(b, doc);
      List<Thread> writers = new ArrayList<>();
      for (int w = 0; w < WRITERS; w++) {
        Browser wb = new Browser(server.port()).login(sek.username(), sek.password());
        Thread t = new Thread(new Writer(wb, doc, original, w, log), "writer-" + w);
        writers.add(t);
        t.start();
      }
      assertTrue(log.enoughAcks.await(60, TimeUnit.SECONDS),
          "the server did not acknowledge " + killAfter + " saves in 60 s: " + log.errors);
      server.kill();
      killed = System.nanoTime();
      for (Thread t : writers) {
        t.join(TimeUnit.SECONDS.toMillis(30));
      }
    }
    assertEquals(List.of(), log.errors, "unexpected answers before the kill (seed " + seed + ")");
    assertTrue(log.acked.size() >= killAfter, "acknowledged: " + log.acked.size());

    try (ServerProcess again = ServerProcess.start(dir, 2)) {
      assertEquals(List.of("ok"), pragma(dir, "integrity_check"), "PRAGMA integrity_check");
      assertEquals(List.of(), pragma(dir, "foreign_key_check"), "PRAGMA foreign_key_check");
      Browser b = new Browser(again.port()).login(sek.username(), sek.password());
      for (Map.Entry<Integer, String> e : new TreeMap<>(log.acked).entrySet()) {
        assertEquals(e.getValue(), Api.revisionText(b, doc, e.getKey()),
            "acknowledged revision " + e.getKey() + " after the restart");
      }
      List<Integer> numbers = Api.revisionNumbers(b, doc);
      int newest = numbers.get(numbers.size() - 1);
      for (int n = 1; n <= newest; n++) {
        assertTrue(numbers.contains(n), "revision " + n + " is missing: " + numbers);
      }
      assertEquals(newest, numbers.size(), "revision numbers: " + numbers);
      for (int n = 2; n <= newest; n++) {
        if (!log.acked.containsKey(n)) {
          assertTrue(log.sent.contains(Api.revisionText(b, doc, n)),
              "unacknowledged revision " + n + " holds a text no client sent");
        }
      }
      System.out.printf("ServerCrashTest: %d acknowledged saves, %d revisions after the restart,"
          + " kill after %d (seed %d); start %d ms, saves %d ms, restart and checks %d ms%n",
          log.acked.size(), newest, killAfter, seed, ms(started - t0), ms(killed - started),
          ms(System.nanoTime() - killed));
    }
    assertEquals(List.of("ok"), pragma(dir, "integrity_check"), "after a clean stop");
    JavaCommand.deleteOnSuccess(dir);
  }

  /** Saves the document in a loop, as one browser tab would, until the server stops answering. */
  private record Writer(Browser b, long doc, String original, int id, Log log) implements Runnable {
    @Override
    public void run() {
      long deadline = System.currentTimeMillis() + MAX_MILLIS;
      try {
        int base = Api.version(b, doc);
        for (int i = 0; i < MAX_SAVES && System.currentTimeMillis() < deadline; i++) {
          String text = original + "\nSparning " + id + "-" + i + ".\n" + filler(i);
          log.sent.add(text);
          Browser.Page p = b.postJson("/api/dokument/" + doc,
              Map.of("basversion", base, "text", text));
          if (p.status() == 200) {
            int v = ((Number) p.json().get("version")).intValue();
            String before = log.acked.putIfAbsent(v, text);
            if (before != null) {
              log.errors.add("revision " + v + " acknowledged twice");
            }
            base = v;
            log.enoughAcks.countDown();
          } else if (p.status() == 409) {
            base = Api.version(b, doc); // the other writer won; take its revision as base
          } else {
            log.errors.add("writer " + id + " save " + i + ": " + p.status() + " " + p.body());
            return;
          }
        }
      } catch (RuntimeException e) {
        // the connection failed: the server was killed; nothing more is acknowledged
      }
    }

    /** Texts of different sizes (up to ~12 KB), so that saves span several pages. */
    private static String filler(int i) {
      return "\nRad med fyllnadstext för att variera storleken på sparningen, å ä ö.\n"
          .repeat((i % 7) * 25);
    }
  }

  private static long ms(long nanos) {
    return TimeUnit.NANOSECONDS.toMillis(nanos);
  }

  static List<String> pragma(Path dir, String pragma) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(ServerProcess.dbUrl(dir));
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("PRAGMA " + pragma)) {
      while (rs.next()) {
        rows.add(rs.getString(1));
      }
    }
    return rows;
  }
}
