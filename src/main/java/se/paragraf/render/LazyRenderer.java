package se.paragraf.render;

import java.util.function.Supplier;
import se.paragraf.model.Document;

/**
 * A renderer made on its first render, so a run pays only for the formats it writes: a
 * command-line DOCX run never starts Freemarker (~40 ms of a cold start with class-data sharing).
 */
final class LazyRenderer implements Renderer {
  private final String format;
  private final Supplier<Renderer> make;
  private volatile Renderer made;

  LazyRenderer(String format, Supplier<Renderer> make) {
    this.format = format;
    this.make = make;
  }

  @Override
  public String format() {
    return format;
  }

  @Override
  public String extension() {
    return get().extension();
  }

  @Override
  public byte[] render(Document document) throws RenderException {
    return get().render(document);
  }

  Renderer get() {
    Renderer r = made;
    if (r == null) {
      synchronized (this) {
        r = made;
        if (r == null) {
          r = make.get();
          if (!r.format().equals(format)) {
            throw new IllegalStateException("renderer for " + format + " says " + r.format());
          }
          made = r;
        }
      }
    }
    return r;
  }
}
