package se.paragraf.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import se.paragraf.render.RenderException;
import se.paragraf.render.Renderer;
import se.paragraf.render.Renderers;
import se.paragraf.render.Templates;

/** Builds the renderer registry from the command line's template and format options. */
final class RendererSetup {
  private RendererSetup() {}

  static Renderers renderers(Path templates) {
    return Renderers.standard(templates == null ? Templates.defaults() : Templates.folder(templates));
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
