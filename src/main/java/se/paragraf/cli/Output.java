package se.paragraf.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes output files whole or not at all, so an interrupted run never leaves half a document. */
final class Output {
  private Output() {}

  static void write(Path target, byte[] bytes) {
    try {
      Path dir = target.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, ".paragraf-", ".tmp");
      try {
        Files.write(tmp, bytes);
        readableByAll(tmp);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new CliException("Kunde inte skriva " + target + ": " + e.getMessage());
    }
  }

  /** A temp file is created owner-only (0600); a document is as readable as any other file. */
  private static void readableByAll(Path p) throws IOException {
    if (p.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(p,
          java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    }
  }

  /** Writes a new file; refuses when it exists (a protokoll is never overwritten). */
  static void create(Path target, byte[] bytes) {
    try {
      Files.write(target, bytes, java.nio.file.StandardOpenOption.CREATE_NEW);
    } catch (java.nio.file.FileAlreadyExistsException e) {
      throw new CliException("Filen finns redan: " + target + ". Paragraf skriver inte över den.");
    } catch (IOException e) {
      throw new CliException("Kunde inte skriva " + target + ": " + e.getMessage());
    }
  }
}
