package se.paragraf.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import se.paragraf.render.Templates;
import se.paragraf.render.docx.DocxRenderer;
import se.paragraf.store.Database;
import se.paragraf.store.Organ;
import se.paragraf.web.WebApp;
import se.paragraf.web.WebConfig;
import se.paragraf.web.WebServer;
import se.paragraf.web.view.Pages;
import se.paragraf.workflow.service.Actor;
import se.paragraf.workflow.service.Credentials;
import se.paragraf.workflow.service.ImportReport;
import se.paragraf.workflow.service.Services;

/**
 * {@code paragraf serve [--port 7070]}: opens the store (SQLite under data/ or PARAGRAF_DB), imports
 * agendas/ into an empty store, makes sure each organ has a sekreterare account, prints how to log
 * in, and serves until stopped.
 */
@Command(name = "serve", description = "Startar webbtjänsten.")
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--port", defaultValue = "7070", description = "Port (standard: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--host", description = "Adress att lyssna på (standard: alla).")
  String host;

  @Option(names = "--agendas", defaultValue = "agendas",
      description = "Mapp att importera från när databasen är tom (standard: ${DEFAULT-VALUE}).")
  Path agendas;

  @Option(names = "--templates", description = "Mallmapp (standard: ./templates eller de inbyggda).")
  Path templates;

  @Option(names = "--db", description = "Databasens JDBC-adress (standard: PARAGRAF_DB eller "
      + Database.DEFAULT_URL + ").")
  String dbUrl;

  @Option(names = "--cookie-secure", defaultValue = "auto",
      description = "Secure-flagga på kakor: auto (utom http till localhost), ja eller nej.")
  String cookieSecure;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    WebConfig config = new WebConfig(port, secure(cookieSecure), Duration.ofHours(8));
    Database db = UserCommand.open(dbUrl);
    Services services = new Services(db,
        templates == null ? Templates.defaults() : Templates.folder(templates), Clock.systemUTC());
    out.println("Databas: " + db.url());
    importExamples(services, out);
    int recovered = services.recover();
    if (recovered > 0) {
      out.println("Slutförde " + recovered + " justering(ar) som avbröts vid förra körningen.");
    }
    java.util.List<String> logins = logins(services);
    Thread warm = new Thread(DocxRenderer::warmUp, "docx-warm-up");
    warm.setDaemon(true);
    warm.start();
    ScheduledExecutorService housekeeping = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "paragraf-housekeeping");
      t.setDaemon(true);
      return t;
    });
    housekeeping.scheduleAtFixedRate(() -> tidy(db), 0, 1, TimeUnit.HOURS);
    WebServer.Running web = WebServer.start(new WebApp(services, new Pages(), config), host);
    out.println("Paragraf är igång: http://" + (host == null ? "localhost" : host) + ":"
        + web.port() + "/");
    logins.forEach(out::println);
    if (logins.isEmpty()) {
      out.println("Kontona finns redan: se dem med 'paragraf user list', ge ett nytt lösenord med"
          + " 'paragraf user losenord ANVÄNDARNAMN'.");
    }
    if (config.secureCookies() != WebConfig.SecureCookies.NEVER) {
      out.println("Inloggningskakan är Secure utom vid http till localhost; bakom https fungerar"
          + " allt, annars starta med --cookie-secure=nej.");
    }
    out.flush();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      housekeeping.shutdownNow();
      web.stop();
      db.close();
      stopped.countDown();
    }, "paragraf-stop"));
    stopped.await();
    return 0;
  }

  private void importExamples(Services services, PrintWriter out) {
    if (!Files.isDirectory(agendas)) {
      return;
    }
    ImportReport r = services.importer().importIfEmpty(agendas, Actor.SYSTEM);
    if (r.skipped()) {
      return;
    }
    for (ImportReport.Organ o : r.organs()) {
      out.println("Importerade " + o.displayName() + " (" + o.key() + "): " + o.kallelser()
          + " kallelser, " + o.protokoll() + " protokoll varav " + o.justerade() + " justerade.");
    }
    long fel = r.problems().stream().filter(p -> p.isFel()).count();
    if (fel > 0) {
      out.println(fel + " fel hittades i de importerade källorna; de visas i redigeraren.");
    }
  }

  /** Creates missing sekreterare accounts; the lines to print, passwords shown this once. */
  private static java.util.List<String> logins(Services services) {
    java.util.List<String> lines = new java.util.ArrayList<>();
    for (Organ o : services.db().organs().organs()) {
      services.importer().ensureSekreterare(o.key()).ifPresent(c -> lines.add(login(o, c)));
    }
    return lines;
  }

  private static String login(Organ o, Credentials c) {
    return "Logga in som sekreterare för " + o.displayName() + ": användarnamn " + c.username()
        + ", lösenord " + c.password() + "  (visas bara nu)";
  }

  /** Forgets expired sessions and login attempts older than the throttling needs. */
  private static void tidy(Database db) {
    try {
      db.sessions().deleteExpired();
      db.loginAttempts().deleteOlderThan(Duration.ofDays(1));
    } catch (RuntimeException e) {
      System.err.println("paragraf: städningen misslyckades: " + e.getMessage());
    }
  }

  static WebConfig.SecureCookies secure(String value) {
    switch (value == null ? "" : value.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "auto": return WebConfig.SecureCookies.AUTO;
      case "ja": return WebConfig.SecureCookies.ALWAYS;
      case "nej": return WebConfig.SecureCookies.NEVER;
      default: throw new CliException("--cookie-secure ska vara auto, ja eller nej.", 2);
    }
  }
}
