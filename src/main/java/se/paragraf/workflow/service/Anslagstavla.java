package se.paragraf.workflow.service;

import java.time.Clock;
import java.util.List;
import se.paragraf.store.Database;

/**
 * The organ's public face: the digital anslagstavla (what is up today, by the clock), its archive,
 * and the justerade protokoll with §§ under sekretess shown only as a stub. Nothing that is not
 * sealed is ever shown here.
 */
public final class Anslagstavla {
  private final Database db;
  private final Sources sources;
  private final Clock clock;

  Anslagstavla(Database db, Sources sources, Clock clock) {
    this.db = db;
    this.sources = sources;
    this.clock = clock;
  }

  /** The tillkännagivanden up today (uppsatt ≤ today ≤ nedtas), newest first. */
  public List<Notice> board(String organKey) {
    throw new UnsupportedOperationException();
  }

  /** Every tillkännagivande the organ has posted, taken-down ones included, newest first. */
  public List<Notice> archive(String organKey) {
    throw new UnsupportedOperationException();
  }

  /** The organ's justerade protokoll (and omedelbart justerade parts), newest first. */
  public List<PublicProtokoll> publicProtokoll(String organKey) {
    throw new UnsupportedOperationException();
  }

  /**
   * The public copy of a justerat protokoll in {@code format}: each § under sekretess replaced by
   * "§ N Sekretess enligt …"; the anslag filled in.
   *
   * @throws se.paragraf.store.NotFoundException when the document is not a justerat protokoll
   *     (nothing unsealed is published, and its existence is not revealed)
   */
  public Rendition publicCopy(long documentId, String format) {
    throw new UnsupportedOperationException();
  }
}
