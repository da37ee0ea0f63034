package se.paragraf.parse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reading source files from disk, size-checked before their bytes are read. */
final class SourceFiles {
  private SourceFiles() {}

  /** The bytes of {@code file}, or null with a fel (missing, unreadable, too large). */
  static byte[] read(Path file, Problems problems) {
    try {
      long size = Files.size(file);
      if (size > SourceText.MAX_BYTES) {
        problems.fel(Problems.START, SourceText.tooLarge(size));
        return null;
      }
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      problems.fel(Problems.START, "Filen finns inte.");
    } catch (IOException | SecurityException e) {
      problems.fel(Problems.START, "Filen kan inte läsas: " + e.getMessage());
    }
    return null;
  }

  /** The name of the folder {@code file} lives in ("" at a root). */
  static String folderName(Path file) {
    Path parent = file.toAbsolutePath().normalize().getParent();
    return parent == null || parent.getFileName() == null ? "" : parent.getFileName().toString();
  }
}
