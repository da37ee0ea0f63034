package se.paragraf.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import se.paragraf.render.RenderException;
import se.paragraf.render.Renderer;
import se.paragraf.render.Renderers;
import se.paragraf.render.Templates;
import se.paragraf.render.docx.DocxRenderer;
import se.paragraf.render.html.HtmlRenderer;
import se.paragraf.render.markdown.MarkdownWriter;

/** Builds the renderer registry from the command line's template and format options. */
final class RendererSetup {
  private RendererSetup() {}

  /**
   * The standard renderers (see {@link Renderers#standard}), each made on first use; the
   * formats are listed here so that choosing one needs none made. RendererSetupTest keeps the
   * list equal to the standard one.
   */
  static Renderers renderers(Path templates) {
    Templates t = templates == null ? Templates.defaults() : Templates.folder(templates);
    return new Renderers(List.of(
        new LazyRenderer("html", () -> new HtmlRenderer(t)),
        new LazyRenderer("docx", () -> new DocxRenderer(t)),
        new LazyRenderer("md", MarkdownWriter::new)));
  }

  static List<Renderer> chosen(Renderers renderers, List<String> formats) {
    List<Renderer> out = new ArrayList<>();
    for (String f : formats) {
      try {
        out.add(renderers.get(f.strip().toLowerCase(java.util.Locale.ROOT)));
      } catch (RenderException e) {
        throw new CliException(e.getMessage(), 2);
      }
    }
    return out;
  }
}
