package se.paragraf.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import se.paragraf.render.Templates;
import se.paragraf.store.Database;
import se.paragraf.store.StoreException;
import se.paragraf.workflow.service.Services;
import se.paragraf.workflow.service.Verdict;

/**
 * {@code paragraf verify FILE [--db URL]}: is the DOCX or HTML file an original rendition of a
 * justerat protokoll's seal? Exit 0 when it matches, 1 when not.
 */
@Command(name = "verify",
    description = "Kontrollerar om en DOCX- eller HTML-fil är ett original av ett justerat protokoll.")
final class VerifyCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1", paramLabel = "FIL", description = "Filen som ska kontrolleras.")
  Path file;

  @Option(names = "--db", paramLabel = "URL",
      description = "Databasen (standard: PARAGRAF_DB eller " + Database.DEFAULT_URL + ").")
  String db;

  @Override
  public Integer call() {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new CliException("Kan inte läsa " + file + ": " + e.getMessage());
    }
    String url = db == null ? Database.configuredUrl() : db;
    Verdict v;
    try (Database store = Database.open(url)) {
      v = new Services(store, Templates.defaults(), Clock.systemUTC()).verifier().verify(bytes);
    } catch (StoreException e) {
      throw new CliException(e.getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println(file + ": " + v.message());
    return v.match() ? 0 : 1;
  }
}
