package se.paragraf.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a process that is saving revisions with SIGKILL (destroyForcibly) and checks that
 * the reopened database is intact and holds every revision the process acknowledged.
 */
abstract class CrashContract {
  static {
    TestLogging.quiet();
  }

  /** Saves to acknowledge before the kill, plus a random few so the kill lands anywhere. */
  private static final int ACKS_BEFORE_KILL = 25;

  @TempDir Path tmp;

  abstract String newDatabaseUrl();

  abstract void dropDatabase();

  /** Vendor-specific integrity check of the reopened database. */
  abstract void assertIntact(String url) throws Exception;

  @AfterEach
  void drop() {
    dropDatabase();
  }

  @Test
  void everyAcknowledgedSaveSurvivesSigkill() throws Exception {
    String url = newDatabaseUrl();
    long documentId;
    try (Database db = Database.open(url)) {
      db.organs().create("norrdal", "Styrelsen", "organ: Styrelsen\n", "eva");
      documentId =
          db.documents()
              .create(
                  new NewDocument(
                      "norrdal", SourceKind.PROTOKOLL, LocalDate.of(2025, 2, 13), "utkast", null),
                  SaveLoop.textFor(1),
                  "eva")
              .id();
    }

    int killAfter = ACKS_BEFORE_KILL + ThreadLocalRandom.current().nextInt(10);
    Path stderr = tmp.resolve("saveloop.err");
    Process p = start(url, documentId, stderr);
    List<Integer> acked = new ArrayList<>();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        acked.add(Integer.parseInt(line.substring("ACK ".length())));
        if (acked.size() == killAfter) {
          // SIGKILL through the handle: Process.destroyForcibly would also close our end of the
          // pipe, losing acknowledgements the child printed just before it died.
          p.toHandle().destroyForcibly();
        }
      }
    } finally {
      p.destroyForcibly();
      assertTrue(p.waitFor(30, TimeUnit.SECONDS), "SaveLoop did not end");
    }
    assertTrue(
        acked.size() >= killAfter,
        "SaveLoop acknowledged only " + acked.size() + " saves: " + Files.readString(stderr));
    assertEquals(137, p.exitValue(), "killed by SIGKILL, not finished");

    assertIntact(url);
    try (Database db = Database.open(url)) {
      for (int n : acked) {
        Revision r = db.revisions().revision(documentId, n).orElse(null);
        assertTrue(r != null, "acknowledged revision " + n + " is missing");
        assertEquals(SaveLoop.textFor(n), r.text(), "revision " + n);
      }
      int last = db.revisions().latest(documentId).orElseThrow().number();
      int lastAcked = acked.get(acked.size() - 1);
      assertTrue(last == lastAcked || last == lastAcked + 1, "last " + last + ", acked " + lastAcked);
      assertEquals(last, db.revisions().revisions(documentId).size(), "no holes");
      System.out.printf(
          "%s: SaveLoop killed after %d acknowledged saves; %d revisions stored%n",
          getClass().getSimpleName(), acked.size(), last);
      db.revisions().save(documentId, (long) last, "efter kraschen", "eva");
    }
  }

  private static Process start(String url, long documentId, Path stderr) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd =
        List.of(
            java,
            "-XX:TieredStopAtLevel=1",
            "-Xshare:auto",
            "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
            "-cp",
            System.getProperty("java.class.path"),
            SaveLoop.class.getName(),
            url,
            Long.toString(documentId),
            "100000");
    return new ProcessBuilder(cmd).redirectError(stderr.toFile()).start();
  }
}
