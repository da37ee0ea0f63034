package se.paragraf.render.html;

import freemarker.cache.TemplateLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import se.paragraf.render.Templates;

/**
 * Lets Freemarker read templates only through {@link Templates}: the board's folder or the bundled
 * copy, never the class path at large or the file system beyond the folder.
 */
final class TemplatesLoader implements TemplateLoader {
  private final Templates templates;

  TemplatesLoader(Templates templates) {
    this.templates = templates;
  }

  /** The source is the vetted name itself; null tells Freemarker the template does not exist. */
  @Override
  public Object findTemplateSource(String name) throws IOException {
    if (!isPlainName(name)) {
      return null;
    }
    try (InputStream in = templates.open(name)) {
      return name;
    } catch (UncheckedIOException e) {
      return null;
    }
  }

  @Override
  public long getLastModified(Object source) {
    return -1; // templates are read once per renderer; a board's edit takes effect on the next run
  }

  @Override
  public Reader getReader(Object source, String encoding) throws IOException {
    try {
      return new InputStreamReader(templates.open((String) source), StandardCharsets.UTF_8);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  @Override
  public void closeTemplateSource(Object source) {}

  /** A file name in the template folder: no directories, no parent steps, no drive or scheme. */
  static boolean isPlainName(String name) {
    return name.matches("[A-Za-z0-9_][A-Za-z0-9_.-]*") && !name.contains("..");
  }
}
