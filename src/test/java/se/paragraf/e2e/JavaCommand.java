package se.paragraf.e2e;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * {@code java -cp <the test's classpath> se.paragraf.cli.Main …} as a child process: the same
 * entry point as {@code ./paragraf} and the shaded jar, without needing the jar to be built.
 */
final class JavaCommand {
  static final String MAIN = "se.paragraf.cli.Main";

  /** The flags the {@code paragraf} launcher gives short command-line runs. */
  static final List<String> CLI_FLAGS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

  private JavaCommand() {}

  /** The command line for {@code Main args} with {@code jvmFlags}. */
  static List<String> command(List<String> jvmFlags, String... args) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Dfile.encoding=UTF-8");
    cmd.addAll(jvmFlags);
    cmd.add("-cp");
    cmd.add(classpath());
    cmd.add(MAIN);
    cmd.addAll(Arrays.asList(args));
    return cmd;
  }

  /** The test's classpath without the test classes: main classes and the dependencies. */
  static String classpath() {
    String cp = System.getProperty("java.class.path");
    String main = Arrays.stream(cp.split(File.pathSeparator))
        .filter(e -> !e.endsWith("test-classes") && !e.endsWith("test-classes" + File.separator))
        .collect(Collectors.joining(File.pathSeparator));
    if (!main.contains("classes")) {
      throw new IllegalStateException("the test classpath has no main classes: " + cp);
    }
    return main;
  }

  /** What a finished command-line run printed and returned. */
  record Result(int exitCode, String output) {}

  /**
   * Runs {@code Main args} against the store {@code dbUrl} to completion (at most 60 s), with
   * {@code stdin} as its standard input.
   */
  static Result run(String dbUrl, Path workDir, String stdin, String... args) {
    ProcessBuilder pb = new ProcessBuilder(command(CLI_FLAGS, args))
        .directory(workDir.toFile()).redirectErrorStream(true);
    pb.environment().put("PARAGRAF_DB", dbUrl);
    try {
      Process p = pb.start();
      try (var in = p.getOutputStream()) {
        in.write(stdin.getBytes(StandardCharsets.UTF_8));
      }
      byte[] out = p.getInputStream().readAllBytes();
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IllegalStateException("timed out: " + String.join(" ", args));
      }
      return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Removes a run's folder once its test passed (a failed run keeps it for the post-mortem). */
  static void deleteOnSuccess(Path dir) throws IOException {
    try (var s = Files.walk(dir)) {
      for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  /** A fresh folder under target/e2e for one run's store, logs and browser profile. */
  static Path workDir(String name) {
    try {
      Path base = Files.createDirectories(Path.of("target", "e2e"));
      return Files.createTempDirectory(base.toAbsolutePath(), name + "-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
