package se.paragraf.workflow.service;

import java.nio.file.Path;
import java.util.Optional;
import se.paragraf.store.Database;

/**
 * First start: the organ folders under {@code agendas/} go into an empty store. Kallelser that
 * have a protokoll are imported as sent; protokoll with {@code justerat:} as justerade (sealed,
 * signers marked imported, anslag posted); every protokoll's §§ are taken in the ledger.
 */
public final class Importer {
  private final Database db;
  private final Sources sources;
  private final AuditTrail audit;
  private final Sealer sealer;

  Importer(Database db, Sources sources, AuditTrail audit, Sealer sealer) {
    this.db = db;
    this.sources = sources;
    this.audit = audit;
    this.sealer = sealer;
  }

  /** Imports every organ folder (one holding organ.yaml) in {@code agendas} if the store has no organ. */
  public ImportReport importIfEmpty(Path agendas, Actor actor) {
    throw new UnsupportedOperationException();
  }

  /**
   * Creates a sekreterare account for the organ ({@code <organ>.sekreterare}) with a random
   * password, unless one exists; the password is returned only here, once.
   */
  public Optional<Credentials> ensureSekreterare(String organKey) {
    throw new UnsupportedOperationException();
  }
}
