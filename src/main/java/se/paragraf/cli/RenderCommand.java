package se.paragraf.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import se.paragraf.model.Document;
import se.paragraf.render.RenderException;
import se.paragraf.render.Renderer;
import se.paragraf.render.Renderers;
import se.paragraf.workflow.AnslagDates;

/** {@code paragraf render FILE… --format html|docx [--out DIR]}. */
@Command(name = "render", description = "Skapar dokument (HTML, DOCX) från källfiler.")
final class RenderCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FIL", description = "Källfiler eller mappar.")
  List<Path> files;

  @Option(names = "--format", split = ",", defaultValue = "html,docx",
      description = "html, docx eller md; flera med komma (standard: ${DEFAULT-VALUE}).")
  List<String> formats;

  @Mixin OutputOptions output;

  @Override
  public Integer call() throws RenderException {
    Renderers renderers = output.renderers();
    List<Renderer> chosen = RendererSetup.chosen(renderers, formats);
    List<Path> sources = Inputs.sources(files);
    boolean manyOrgans = sources.stream().map(Path::toAbsolutePath).map(Path::getParent)
        .distinct().count() > 1;
    Workspace ws = new Workspace();
    int written = 0;
    boolean failed = false;
    for (Path f : sources) {
      Workspace.Checked c = ws.check(f);
      if (c.hasFel() || c.organ() == null || c.meeting() == null) {
        CheckCommand.report(spec.commandLine().getErr(), c.problems());
        if (c.organ() == null && !c.hasFel()) {
          spec.commandLine().getErr().println(f + ": fel: dokument kan inte skapas utan organ.yaml");
        }
        failed = true;
        continue;
      }
      Document doc = Document.of(c.organ(), c.meeting(), AnslagDates.compute(c.organ(), c.meeting()));
      Path dir = manyOrgans ? output.out.resolve(c.organ().key()) : output.out;
      for (Renderer r : chosen) {
        Output.write(dir.resolve(Inputs.basename(f) + "." + r.extension()), r.render(doc));
        written++;
      }
    }
    spec.commandLine().getOut().println("Skrev " + written + " filer till " + output.out + ".");
    return failed ? 1 : 0;
  }
}
