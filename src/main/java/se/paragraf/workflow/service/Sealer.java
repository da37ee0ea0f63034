package se.paragraf.workflow.service;

import java.time.Clock;
import se.paragraf.store.Database;

/** Seals a protokoll when its last signature lands: hashes, originals, anslag, status. */
final class Sealer {
  private final Database db;
  private final Sources sources;
  private final AuditTrail audit;
  private final Clock clock;

  Sealer(Database db, Sources sources, AuditTrail audit, Clock clock) {
    this.db = db;
    this.sources = sources;
    this.audit = audit;
    this.clock = clock;
  }
}
