package se.paragraf.cli;

import java.util.ArrayList;
import java.util.List;
import se.paragraf.render.RenderException;
import se.paragraf.render.Renderer;
import se.paragraf.render.Renderers;

/** Picks the renderers for the command line's --format values. */
final class RendererSetup {
  private RendererSetup() {}

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
