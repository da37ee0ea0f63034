package se.paragraf.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import se.paragraf.model.Document;
import se.paragraf.model.DocumentKind;
import se.paragraf.render.RenderException;
import se.paragraf.render.Renderer;
import se.paragraf.workflow.AnslagDates;
import se.paragraf.workflow.UtdragSelection;
import se.paragraf.workflow.WorkflowException;

/** {@code paragraf utdrag PROTOKOLL.md --paragraf N[,M…] --format html|docx}. */
@Command(name = "utdrag", description = "Skapar protokollsutdrag ur ett justerat protokoll.")
final class UtdragCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1", paramLabel = "PROTOKOLL", description = "Protokollets källfil.")
  Path protokoll;

  @Option(names = "--paragraf", split = ",", required = true, paramLabel = "N",
      description = "Paragrafnummer, flera med komma.")
  List<Integer> paragrafer;

  @Option(names = "--format", split = ",", defaultValue = "html",
      description = "html eller docx (standard: ${DEFAULT-VALUE}).")
  List<String> formats;

  @Mixin OutputOptions output;

  @Override
  public Integer call() throws RenderException {
    List<Renderer> chosen = RendererSetup.chosen(output.renderers(), formats);
    Workspace.Checked c = new Workspace().check(protokoll);
    if (c.hasFel() || c.organ() == null) {
      CheckCommand.report(spec.commandLine().getErr(), c.problems());
      throw new CliException("Rätta felen i protokollet innan utdrag skapas.");
    }
    if (c.meeting().kind() != DocumentKind.PROTOKOLL) {
      throw new CliException(protokoll + " är inte ett protokoll.");
    }
    if (c.meeting().justerat() == null) {
      throw new CliException("Protokollet är inte justerat; utdrag görs bara ur ett justerat "
          + "protokoll (ange datum i 'justerat:').");
    }
    try {
      UtdragSelection.select(c.meeting(), paragrafer);
    } catch (WorkflowException e) {
      throw new CliException(e.getMessage());
    }
    Document doc = Document.utdrag(c.organ(), c.meeting(), paragrafer,
        AnslagDates.compute(c.organ(), c.meeting()));
    String suffix = paragrafer.stream().map(String::valueOf).collect(Collectors.joining("-"));
    for (Renderer r : chosen) {
      Path target = output.out.resolve(Inputs.basename(protokoll) + "-utdrag-" + suffix + "."
          + r.extension());
      Output.write(target, r.render(doc));
      spec.commandLine().getOut().println("Skrev " + target + ".");
    }
    return 0;
  }
}
