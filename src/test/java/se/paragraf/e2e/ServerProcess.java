package se.paragraf.e2e;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code paragraf serve --port 0} as a child process over an SQLite store in {@code dir}: the
 * service exactly as a board runs it (its own JVM, the system clock, the examples imported on the
 * first start). Standard output is read line by line (the port and the sekreterare passwords are
 * printed there); standard error goes to {@code dir/server-N.log}.
 */
final class ServerProcess implements AutoCloseable {
  static final Duration START_TIMEOUT = Duration.ofSeconds(60);

  private static final Pattern STARTED = Pattern.compile("Paragraf är igång: http://localhost:(\\d+)/");

  private final Process process;
  private final List<String> lines = new ArrayList<>();
  private final Path log;
  private final int port;
  private boolean readerDone;

  /** An account the server printed on its first start. */
  record Login(String username, String password) {}

  private ServerProcess(Path dir, Path agendas, int run, List<String> jvmFlags) throws IOException {
    this.log = dir.resolve("server-" + run + ".log");
    ProcessBuilder pb = new ProcessBuilder(JavaCommand.command(jvmFlags, "serve", "--port", "0",
        "--agendas", agendas.toAbsolutePath().toString()))
        .directory(dir.toFile())
        .redirectError(log.toFile());
    pb.environment().put("PARAGRAF_DB", dbUrl(dir));
    process = pb.start();
    Thread reader = new Thread(this::readOutput, "server-stdout-" + process.pid());
    reader.setDaemon(true);
    reader.start();
    port = Integer.parseInt(awaitLine(STARTED, START_TIMEOUT).group(1));
  }

  /** Starts the server on the store in {@code dir} (created and filled on the first start). */
  static ServerProcess start(Path dir, int run) {
    try {
      return new ServerProcess(dir, Path.of("agendas"), run, List.of("-Xmx256m"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String dbUrl(Path dir) {
    return "jdbc:sqlite:" + dir.toAbsolutePath().resolve("paragraf.db");
  }

  int port() {
    return port;
  }

  String origin() {
    return "http://localhost:" + port;
  }

  long pid() {
    return process.pid();
  }

  /** The sekreterare account printed for {@code organ} ("norrdal") on the first start. */
  Login sekreterare(String organ) {
    Matcher m = awaitLine(Pattern.compile("användarnamn (" + Pattern.quote(organ)
        + "\\.[^,]+), lösenord (\\S+)"), Duration.ofSeconds(10));
    return new Login(m.group(1), m.group(2));
  }

  /** Waits for a line of standard output matching {@code p}; fails when the process ends first. */
  Matcher awaitLine(Pattern p, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (lines) {
      int seen = 0;
      while (true) {
        for (; seen < lines.size(); seen++) {
          Matcher m = p.matcher(lines.get(seen));
          if (m.find()) {
            return m;
          }
        }
        long left = deadline - System.nanoTime();
        if (left <= 0 || (readerDone && seen == lines.size())) {
          throw new IllegalStateException("server did not print /" + p + "/ (alive: "
              + process.isAlive() + "); stdout: " + lines + "; stderr: " + tail(log));
        }
        try {
          lines.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException(e);
        }
      }
    }
  }

  private void readOutput() {
    try (BufferedReader r = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        Files.writeString(log, "[stdout] " + line + "\n", StandardOpenOption.CREATE,
            StandardOpenOption.APPEND);
        synchronized (lines) {
          lines.add(line);
          lines.notifyAll();
        }
      }
    } catch (IOException e) {
      // the process died; awaitLine reports it
    } finally {
      synchronized (lines) {
        readerDone = true;
        lines.notifyAll();
      }
    }
  }

  /** SIGKILL: the JVM gets no chance to run shutdown hooks or close the store. */
  void kill() {
    process.destroyForcibly();
    awaitExit();
  }

  /** SIGTERM: the shutdown hook stops the web server and closes the store. */
  void stop() {
    process.destroy();
    awaitExit();
  }

  private void awaitExit() {
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The last lines of the server's log, for failure messages. */
  static String tail(Path log) {
    try {
      List<String> all = Files.exists(log) ? Files.readAllLines(log) : List.of();
      return String.join("\n", all.subList(Math.max(0, all.size() - 30), all.size()));
    } catch (IOException e) {
      return "(log unreadable: " + e.getMessage() + ")";
    }
  }

  Path log() {
    return log;
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      stop();
    }
  }
}
