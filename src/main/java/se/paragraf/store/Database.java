package se.paragraf.store;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * The Paragraf store on SQLite (default, one file) or PostgreSQL (several app instances). Opening
 * it runs the pending schema migrations of that vendor. Thread-safe; open once per process and
 * close on shutdown.
 */
public final class Database implements AutoCloseable {
  /** Where the store lives when nothing else is configured. */
  public static final String DEFAULT_URL = "jdbc:sqlite:data/paragraf.db";

  /** The environment variable that names the database; unset means {@link #DEFAULT_URL}. */
  public static final String ENV = "PARAGRAF_DB";

  private final String url;
  private final HikariDataSource dataSource;
  private final Context ctx;

  private Database(String url, HikariDataSource dataSource, Dialect dialect, Clock clock) {
    this.url = url;
    this.dataSource = dataSource;
    this.ctx = new Context(new Jdbc(dataSource, dialect), clock);
  }

  /** The URL from {@link #ENV}, or {@link #DEFAULT_URL} when it is unset or blank. */
  public static String configuredUrl() {
    String url = System.getenv(ENV);
    return url == null || url.isBlank() ? DEFAULT_URL : url.strip();
  }

  /** Opens {@code jdbc:sqlite:…} (the folder is created) or {@code jdbc:postgresql://…}. */
  public static Database open(String jdbcUrl) {
    return open(jdbcUrl, Clock.systemUTC());
  }

  /** As {@link #open(String)} with the clock that stamps every row (tests pass a fixed one). */
  public static Database open(String jdbcUrl, Clock clock) {
    Dialect dialect = Dialect.of(jdbcUrl);
    HikariDataSource ds;
    try {
      ds = DataSources.create(jdbcUrl, dialect);
    } catch (StoreException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new StoreException("Kan inte ansluta till databasen " + redact(jdbcUrl) + ".", e);
    }
    try {
      migrate(ds, dialect);
    } catch (FlywayException e) {
      ds.close();
      throw new StoreException("Databasens schema kunde inte uppdateras: " + e.getMessage(), e);
    }
    return new Database(jdbcUrl, ds, dialect, clock);
  }

  private static void migrate(HikariDataSource ds, Dialect dialect) {
    Flyway.configure(Database.class.getClassLoader())
        .dataSource(ds)
        .locations(dialect.migrations())
        .failOnMissingLocations(true)
        .load()
        .migrate();
  }

  /** The URL without a password, for messages. */
  static String redact(String jdbcUrl) {
    return jdbcUrl.replaceAll("(?i)(password=)[^&;]*", "$1***");
  }

  public boolean isPostgresql() {
    return ctx.jdbc.dialect() == Dialect.POSTGRESQL;
  }

  /** The URL the store was opened with, password hidden. */
  public String url() {
    return redact(url);
  }

  public Organs organs() {
    return new Organs(ctx);
  }

  public Documents documents() {
    return new Documents(ctx);
  }

  public Revisions revisions() {
    return new Revisions(ctx);
  }

  public Seals seals() {
    return new Seals(ctx);
  }

  public Ledger ledger() {
    return new Ledger(ctx);
  }

  public Accounts accounts() {
    return new Accounts(ctx);
  }

  public Sessions sessions() {
    return new Sessions(ctx);
  }

  public LoginAttempts loginAttempts() {
    return new LoginAttempts(ctx);
  }

  public Signatures signatures() {
    return new Signatures(ctx);
  }

  public ChangeProposals changeProposals() {
    return new ChangeProposals(ctx);
  }

  public SentCopies sentCopies() {
    return new SentCopies(ctx);
  }

  public Anslagstavla anslagstavla() {
    return new Anslagstavla(ctx);
  }

  public AuditLog audit() {
    return new AuditLog(ctx);
  }

  /** For tests in this package: run work on one of the store's own connections. */
  <T> T withHandle(Jdbc.Work<T> work) {
    return ctx.jdbc.read(work);
  }

  @Override
  public void close() {
    dataSource.close();
  }
}
