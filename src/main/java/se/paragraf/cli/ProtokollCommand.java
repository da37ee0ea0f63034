package se.paragraf.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import se.paragraf.model.DocumentKind;
import se.paragraf.model.Meeting;
import se.paragraf.parse.OrganFolder;
import se.paragraf.parse.Parsed;
import se.paragraf.render.Typografi;
import se.paragraf.render.markdown.MarkdownWriter;
import se.paragraf.workflow.ProtokollDraft;
import se.paragraf.workflow.WorkflowException;

/** {@code paragraf protokoll KALLELSE.md}: drafts the protokoll source beside the kallelse. */
@Command(name = "protokoll", description = "Skapar ett protokollsutkast från en kallelse.")
final class ProtokollCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1", paramLabel = "KALLELSE", description = "Kallelsens källfil.")
  Path kallelse;

  @Override
  public Integer call() {
    Workspace ws = new Workspace();
    Workspace.Checked c = ws.check(kallelse);
    if (c.hasFel()) {
      CheckCommand.report(spec.commandLine().getErr(), c.problems());
      throw new CliException("Rätta felen i kallelsen innan protokollet skapas.");
    }
    if (c.folder() == null || c.organ() == null) {
      throw new CliException("Mappen " + kallelse.toAbsolutePath().getParent()
          + " saknar organ.yaml; utan organet kan paragraferna inte numreras.");
    }
    if (c.meeting().kind() != DocumentKind.KALLELSE) {
      throw new CliException(kallelse + " är inte en kallelse (typ: protokoll).");
    }
    Path target = kallelse.resolveSibling(c.meeting().datum() + "-protokoll.md");
    if (java.nio.file.Files.exists(target)) {
      throw new CliException("Protokollet finns redan: " + target + ". Paragraf skriver inte över "
          + "det.");
    }
    requireClean(c.folder());
    Meeting draft;
    try {
      draft = ProtokollDraft.from(c.organ(), c.meeting(),
          Workspace.meetings(c.folder(), DocumentKind.KALLELSE), Workspace.protokoll(c.folder()));
    } catch (WorkflowException e) {
      throw new CliException(e.getMessage());
    }
    Output.create(target, MarkdownWriter.write(draft).getBytes(StandardCharsets.UTF_8));
    spec.commandLine().getOut().println("Skrev " + target + " med "
        + Typografi.paragrafer(draft.paragrafer()) + ". Fyll i närvaro, justerare och beslut.");
    return 0;
  }

  /** The ledger is only as good as the protokoll it reads: refuse while one of them is broken. */
  private static void requireClean(OrganFolder folder) {
    for (Parsed<Meeting> p : folder.meetings()) {
      if (p.hasFel()) {
        String file = p.problems().get(0).file();
        throw new CliException("Rätta först felen i " + file
            + " (paragraf check " + file + "); numreringen bygger på alla protokoll i mappen.");
      }
    }
  }
}
