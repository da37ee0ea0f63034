package se.paragraf.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import se.paragraf.render.RenderException;

/** The {@code paragraf} command line. */
@Command(
    name = "paragraf",
    mixinStandardHelpOptions = true,
    version = "Paragraf 0.1",
    description = "Kallelser, protokoll och protokollsutdrag från Markdown-källor.",
    subcommands = {
      CheckCommand.class,
      RenderCommand.class,
      ProtokollCommand.class,
      UtdragCommand.class,
      VerifyCommand.class,
      ServeCommand.class,
      UserCommand.class
    })
public final class Main implements Runnable {

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs a command and returns its exit code: 0 ok, 1 problems found or refused, 2 usage. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(out);
    cl.setErr(err);
    cl.setParameterExceptionHandler((ex, a) -> {
      err.println("paragraf: " + ex.getMessage());
      err.println("Se 'paragraf --help'.");
      return 2;
    });
    cl.setExecutionExceptionHandler((ex, c, parsed) -> {
      if (ex instanceof CliException ce) {
        err.println("paragraf: " + ce.getMessage());
        return ce.exitCode();
      }
      if (ex instanceof RenderException re) {
        err.println("paragraf: " + re.getMessage());
        return 1;
      }
      err.println("paragraf: internt fel: " + ex);
      return 3;
    });
    return cl.execute(args);
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        new CommandLine(this),
        "ange ett kommando: check, render, protokoll, utdrag, verify, serve eller user");
  }
}
