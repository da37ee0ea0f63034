package se.paragraf.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import se.paragraf.store.Database;
import se.paragraf.store.NewUser;
import se.paragraf.store.OrganRole;
import se.paragraf.store.Role;
import se.paragraf.store.StoreException;
import se.paragraf.store.Tokens;
import se.paragraf.store.User;

/** {@code paragraf user add|list}: accounts on the command line, in the configured store. */
@Command(name = "user", description = "Hanterar konton.",
    subcommands = {UserCommand.Add.class, UserCommand.ListUsers.class,
        UserCommand.SetPassword.class})
final class UserCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(),
        "ange ett kommando: add, list eller losenord");
  }

  /** The store at {@code url}, or the configured one (PARAGRAF_DB, else data/paragraf.db). */
  static Database open(String url) {
    try {
      return Database.open(url == null || url.isBlank() ? Database.configuredUrl() : url.strip());
    } catch (StoreException e) {
      throw new CliException(e.getMessage());
    }
  }

  /** {@code user add NAMN [--organ KEY --roll ROLL] [--person "Namn"] [--admin]}. */
  @Command(name = "add", description = "Skapar ett konto (lösenordet läses från stdin med"
      + " --losenord-stdin, annars skapas och visas ett).")
  static final class Add implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ANVÄNDARNAMN")
    String username;

    @Option(names = "--organ", description = "Organets nyckel (mappnamnet).")
    String organ;

    @Option(names = "--roll", description = "sekreterare, ledamot eller ersattare.")
    String roll;

    @Option(names = "--person", description = "Personen i organets register (den som justerar).")
    String person;

    @Option(names = "--namn", description = "Namnet som visas (standard: personen eller användarnamnet).")
    String namn;

    @Option(names = "--admin", description = "Administratör: hanterar organ och konton.")
    boolean admin;

    @Option(names = "--losenord-stdin", description = "Läs lösenordet från första raden på stdin.")
    boolean passwordFromStdin;

    @Option(names = "--db", description = "Databasens JDBC-adress (standard: PARAGRAF_DB).")
    String db;

    @Override
    public Integer call() {
      if ((organ == null) != (roll == null)) {
        throw new CliException("--organ och --roll anges tillsammans.", 2);
      }
      if (organ == null && !admin) {
        throw new CliException("Ange --organ och --roll, eller --admin.", 2);
      }
      Role role = roll == null ? null : role(roll);
      boolean generated = !passwordFromStdin;
      String password = generated ? generated() : stdinLine();
      String display = namn != null ? namn : person != null ? person : username;
      PrintWriter out = spec.commandLine().getOut();
      try (Database store = open(db)) {
        User u = store.accounts().create(new NewUser(username, password, display, admin, person));
        if (role != null) {
          store.accounts().grant(u.id(), organ, role);
        }
        store.audit().append("paragraf", "konto-skapat", null,
            u.username() + (role == null ? "" : " (" + role.label() + " i " + organ + ")"));
        out.println("Kontot " + u.username() + " är skapat"
            + (role == null ? "" : " som " + role.label() + " i " + organ)
            + (admin ? ", administratör" : "") + ".");
        if (generated) {
          out.println("Lösenord: " + password + "  (visas bara nu)");
        }
      } catch (StoreException e) {
        throw new CliException(e.getMessage());
      }
      return 0;
    }

    static Role role(String label) {
      switch (label.strip().toLowerCase(Locale.ROOT)) {
        case "sekreterare": return Role.SEKRETERARE;
        case "ledamot": return Role.LEDAMOT;
        case "ersattare":
        case "ersättare": return Role.ERSATTARE;
        default: throw new CliException("--roll ska vara sekreterare, ledamot eller ersattare.", 2);
      }
    }

    static String generated() {
      return Tokens.random().substring(0, 20);
    }

    static String stdinLine() {
      try {
        String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
            .readLine();
        if (line == null || line.isEmpty()) {
          throw new CliException("Inget lösenord på stdin.");
        }
        return line;
      } catch (IOException e) {
        throw new CliException("Lösenordet kunde inte läsas från stdin: " + e.getMessage());
      }
    }
  }

  /** {@code user losenord NAMN [--losenord-stdin]}: a new password; the account's sessions end. */
  @Command(name = "losenord", description = "Sätter ett nytt lösenord (från stdin med"
      + " --losenord-stdin, annars skapas och visas ett) och avslutar kontots inloggningar.")
  static final class SetPassword implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ANVÄNDARNAMN")
    String username;

    @Option(names = "--losenord-stdin", description = "Läs lösenordet från första raden på stdin.")
    boolean passwordFromStdin;

    @Option(names = "--db", description = "Databasens JDBC-adress (standard: PARAGRAF_DB).")
    String db;

    @Override
    public Integer call() {
      String password = passwordFromStdin ? Add.stdinLine() : Add.generated();
      PrintWriter out = spec.commandLine().getOut();
      try (Database store = open(db)) {
        User u = store.accounts().byUsername(username)
            .orElseThrow(() -> new CliException("Kontot " + username + " finns inte."));
        store.accounts().setPassword(u.id(), password);
        store.sessions().deleteForUser(u.id());
        store.audit().append("paragraf", "losenord-satt", null, u.username());
        out.println("Lösenordet för " + u.username() + " är bytt.");
        if (!passwordFromStdin) {
          out.println("Lösenord: " + password + "  (visas bara nu)");
        }
      } catch (StoreException e) {
        throw new CliException(e.getMessage());
      }
      return 0;
    }
  }

  /** {@code user list}: one line per account with its roles. */
  @Command(name = "list", description = "Visar alla konton och deras roller.")
  static final class ListUsers implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--db", description = "Databasens JDBC-adress (standard: PARAGRAF_DB).")
    String db;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      try (Database store = open(db)) {
        for (User u : store.accounts().users()) {
          List<OrganRole> roles = store.accounts().roles(u.id());
          String r = roles.stream().map(x -> x.role().label() + " i " + x.organKey())
              .collect(Collectors.joining(", "));
          out.println(u.username() + (u.admin() ? " (administratör)" : "")
              + (u.personName() == null ? "" : " – " + u.personName())
              + (r.isEmpty() ? "" : ": " + r));
        }
      }
      return 0;
    }
  }
}
