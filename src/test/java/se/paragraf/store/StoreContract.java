package se.paragraf.store;

import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The store contract: every behaviour of the storage API, run against each database by a
 * subclass. The tests live in the per-area interfaces this class implements (JUnit runs their
 * default methods as tests of the class), so the files stay small.
 */
abstract class StoreContract
    implements RevisionContract,
        DocumentContract,
        LedgerContract,
        AccountContract,
        JusteringContract,
        AnslagContract,
        AuditContract {
  static {
    TestLogging.quiet();
  }

  private Database db;
  private MutableClock clock;
  private String url;

  /** A URL of a fresh, empty database. */
  abstract String newDatabaseUrl();

  /** Removes what {@link #newDatabaseUrl()} made. */
  abstract void dropDatabase();

  @BeforeEach
  void openStore() {
    clock = new MutableClock(Instant.parse("2025-02-13T08:00:00Z"));
    url = newDatabaseUrl();
    db = Database.open(url, clock);
  }

  @AfterEach
  void closeStore() {
    if (db != null) {
      db.close();
    }
    dropDatabase();
  }

  @Override
  public Database reopen() {
    db.close();
    db = Database.open(url, clock);
    return db;
  }

  @Override
  public Database db() {
    return db;
  }

  @Override
  public MutableClock clock() {
    return clock;
  }
}
