package se.paragraf.render;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The registry of renderers, keyed by format ("html", "docx"). */
public final class Renderers {
  private final Map<String, Renderer> byFormat = new LinkedHashMap<>();

  public Renderers(List<Renderer> renderers) {
    for (Renderer r : renderers) {
      byFormat.put(r.format(), r);
    }
  }

  /**
   * HTML, DOCX and the Markdown source writer, with templates from {@code templates}, each made
   * on its first render (choosing a format makes nothing).
   */
  public static Renderers standard(Templates templates) {
    return new Renderers(List.of(
        new LazyRenderer("html", () -> new se.paragraf.render.html.HtmlRenderer(templates)),
        new LazyRenderer("docx", () -> new se.paragraf.render.docx.DocxRenderer(templates)),
        new LazyRenderer("md", se.paragraf.render.markdown.MarkdownWriter::new)));
  }

  public Set<String> formats() {
    return byFormat.keySet();
  }

  /** The renderer for {@code format}, or an exception naming the formats there are. */
  public Renderer get(String format) throws RenderException {
    Renderer r = byFormat.get(format);
    if (r == null) {
      throw new RenderException("okänt format \"" + format + "\"; välj bland "
          + String.join(", ", byFormat.keySet()));
    }
    return r;
  }
}
