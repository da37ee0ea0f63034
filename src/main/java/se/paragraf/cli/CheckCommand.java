package se.paragraf.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import se.paragraf.model.Problem;

/** {@code paragraf check FILE…}: parse and validate, print FILE:LINE:COL: fel|varning: … */
@Command(name = "check", description = "Läser och kontrollerar källfiler.")
final class CheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FIL", description = "Källfiler eller mappar.")
  List<Path> files;

  @Override
  public Integer call() {
    Workspace ws = new Workspace();
    Set<Problem> shown = new LinkedHashSet<>();
    for (Path f : Inputs.sources(files)) {
      shown.addAll(ws.check(f).problems());
    }
    return report(spec.commandLine().getOut(), shown) ? 1 : 0;
  }

  /** Prints problems, one a line; true if any is a fel. */
  static boolean report(PrintWriter out, Iterable<Problem> problems) {
    boolean fel = false;
    for (Problem p : problems) {
      out.println(p.format());
      fel |= p.isFel();
    }
    return fel;
  }
}
