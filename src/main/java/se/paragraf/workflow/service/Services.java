package se.paragraf.workflow.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import se.paragraf.render.Renderers;
import se.paragraf.render.Templates;
import se.paragraf.store.Database;

/**
 * The application layer the web and the command line call: one facade over the store, the
 * readers, the checks and the renderers. Thread-safe; build one per process.
 *
 * <p>Every mutating method takes the acting {@link Actor}, checks the business rule (refusing with
 * a {@link WorkflowRefusal} or a store exception, Swedish messages), writes through the store and
 * appends to the audit log. Authorisation by role is the caller's job.
 */
public final class Services {
  /** Dates (justering, anslag, deadlines) are Swedish calendar days. */
  public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

  private final Database db;
  private final Renderers renderers;
  private final Clock clock;
  private final Sources sources;
  private final AuditTrail audit;
  private final Meetings meetings;
  private final KallelseFlow kallelser;
  private final ProtokollFlow protokoll;
  private final JusteringFlow justering;
  private final ReservationFlow reservationer;
  private final Anslagstavla anslagstavla;
  private final UtdragService utdrag;
  private final Verifier verifier;
  private final Importer importer;
  private final Sealer sealer;

  /**
   * @param templates the templates for the HTML and DOCX renditions
   * @param clock what "today" is (tests pass a fixed clock); the store has its own
   */
  public Services(Database db, Templates templates, Clock clock) {
    this.db = db;
    this.renderers = Renderers.standard(templates);
    this.clock = clock;
    this.sources = new Sources(db, renderers);
    this.audit = new AuditTrail(db);
    this.sealer = new Sealer(db, sources, audit);
    this.meetings = new Meetings(db, sources, audit, clock);
    this.kallelser = new KallelseFlow(db, sources, audit);
    this.protokoll = new ProtokollFlow(db, sources, audit);
    this.justering = new JusteringFlow(db, sources, audit, sealer, clock);
    this.reservationer = new ReservationFlow(sources, audit, new Saver(db, sources, audit));
    this.anslagstavla = new Anslagstavla(db, sources, clock);
    this.utdrag = new UtdragService(db, sources, audit);
    this.verifier = new Verifier(db, sources);
    this.importer = new Importer(db, sources, audit, sealer);
  }

  public Database db() {
    return db;
  }

  public Renderers renderers() {
    return renderers;
  }

  public Clock clock() {
    return clock;
  }

  /** Today in Sweden by the services' clock. */
  public LocalDate today() {
    return today(clock);
  }

  static LocalDate today(Clock clock) {
    return LocalDate.ofInstant(clock.instant(), ZONE);
  }

  /**
   * Completes what a crash may have interrupted: a sealed protokoll whose tillkännagivande was
   * not posted, or whose status was not set, gets both from its seal record. Call on start.
   *
   * @return the documents completed
   */
  public int recover() {
    int done = 0;
    for (se.paragraf.store.Organ o : db.organs().organs()) {
      for (se.paragraf.store.StoredDocument d : db.documents().documents(o.key())) {
        boolean unfinished = !Status.JUSTERAT.label().equals(d.status())
            || db.anslagstavla().anslag(d.id()).isEmpty();
        if (d.kind() == se.paragraf.store.SourceKind.PROTOKOLL && unfinished
            && db.seals().seal(d.id()).isPresent()) {
          sealer.finish(d.id(), Actor.SYSTEM);
          done++;
        }
      }
    }
    return done;
  }

  /** First start: organs and meetings from {@code agendas/}, sekreterare accounts. */
  public Importer importer() {
    return importer;
  }

  /** The organ page, the editor, preview, save, revisions and diffs. */
  public Meetings meetings() {
    return meetings;
  }

  /** New kallelse, "Skicka kallelse". */
  public KallelseFlow kallelser() {
    return kallelser;
  }

  /** "Skapa protokoll" from a kallelse with § numbers from the ledger. */
  public ProtokollFlow protokoll() {
    return protokoll;
  }

  /** "Skicka på justering", ändringsförslag, signing, sealing, omedelbar justering. */
  public JusteringFlow justering() {
    return justering;
  }

  /** A member writes the motivering of the reservation the protokoll records for them. */
  public ReservationFlow reservationer() {
    return reservationer;
  }

  /** The public anslagstavla, its archive and the public protokoll. */
  public Anslagstavla anslagstavla() {
    return anslagstavla;
  }

  /** Certified protokollsutdrag from a justerat protokoll. */
  public UtdragService utdrag() {
    return utdrag;
  }

  /** Is a DOCX or HTML file an original rendition of a seal? */
  public Verifier verifier() {
    return verifier;
  }

  /** The audit log, as the sekreterare reads it. */
  public AuditTrail audit() {
    return audit;
  }
}
