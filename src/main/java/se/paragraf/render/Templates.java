package se.paragraf.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where templates come from: a folder the board edits ({@code templates/} beside the sources, or
 * one given on the command line), else the copy shipped inside the jar.
 */
public final class Templates {
  private static final String CLASSPATH_ROOT = "/templates/";
  private final Path dir;

  private Templates(Path dir) {
    this.dir = dir;
  }

  /** Templates from {@code dir}, falling back to the bundled copy for a file the folder lacks. */
  public static Templates folder(Path dir) {
    return new Templates(dir);
  }

  /** Only the templates bundled in the jar. */
  public static Templates bundled() {
    return new Templates(null);
  }

  /** {@code ./templates} when it exists, else the bundled copy. */
  public static Templates defaults() {
    Path local = Path.of("templates");
    return Files.isDirectory(local) ? folder(local) : bundled();
  }

  /** The folder in use, or null when only bundled templates are used. */
  public Path dir() {
    return dir;
  }

  /** Opens a template file by name, e.g. "protokoll.ftlh" or "referens.docx". */
  public InputStream open(String name) {
    try {
      if (dir != null) {
        Path p = dir.resolve(name);
        if (Files.isRegularFile(p)) {
          return Files.newInputStream(p);
        }
      }
      InputStream in = Templates.class.getResourceAsStream(CLASSPATH_ROOT + name);
      if (in == null) {
        throw new IOException("mallen saknas: " + name);
      }
      return in;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public byte[] read(String name) {
    try (InputStream in = open(name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
