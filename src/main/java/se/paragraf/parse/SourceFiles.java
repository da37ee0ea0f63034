package se.paragraf.parse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reading source files from disk, size-checked before their bytes are read. */
final class SourceFiles {
  /** A reader of one source (bytes or text): file name, folder key, content, problems. */
  interface Reader<C, T> {
    T read(String file, String key, C content, Problems problems);
  }

  private SourceFiles() {}

  /** Reads {@code path} with {@code reader}; the key is the folder's name. */
  static <T> Parsed<T> read(Path path, Reader<byte[], T> reader) {
    String name = path.toString();
    Problems problems = new Problems(name);
    byte[] content = read(path, problems);
    return content == null ? problems.result(null)
        : parse(name, folderName(path), content, reader);
  }

  /** Runs {@code reader}; an unexpected exception becomes a fel (there should be none). */
  static <C, T> Parsed<T> parse(String file, String key, C content, Reader<C, T> reader) {
    Problems problems = new Problems(file);
    try {
      return problems.result(reader.read(file, key, content, problems));
    } catch (RuntimeException | StackOverflowError e) {
      problems.fel(Problems.START, "Internt fel vid läsning: " + e);
      return problems.result(null);
    }
  }

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
