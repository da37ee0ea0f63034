package se.paragraf.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import se.paragraf.render.Renderers;
import se.paragraf.render.Templates;

/** The options every command that writes documents shares: where to, and with which templates. */
final class OutputOptions {
  @Option(names = "--out", defaultValue = "ut", description = "Utmapp (standard: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--templates", description = "Mallmapp (standard: ./templates eller de inbyggda).")
  Path templates;

  Renderers renderers() {
    return Renderers.standard(
        templates == null ? Templates.defaults() : Templates.folder(templates));
  }
}
