package se.paragraf.workflow.service;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.paragraf.model.Anslag;
import se.paragraf.model.Meeting;
import se.paragraf.model.Organ;
import se.paragraf.model.Problem;
import se.paragraf.store.ChangeProposal;
import se.paragraf.store.Database;
import se.paragraf.store.NotFoundException;
import se.paragraf.store.OrganRole;
import se.paragraf.store.Revision;
import se.paragraf.store.SealedException;
import se.paragraf.store.Signature;
import se.paragraf.store.SignRole;
import se.paragraf.store.StaleRevisionException;
import se.paragraf.store.StoredDocument;
import se.paragraf.store.User;

/**
 * Justering: send to the ordförande and the justerare, ändringsförslag and answers, signing with
 * the password re-entered, sealing when the last signature lands, and omedelbar justering of
 * single §§.
 */
public final class JusteringFlow {
  /** Wrong passwords at signing count like failed logins; this many in the window lock it. */
  static final int MAX_PASSWORD_FAILURES = 10;

  static final Duration PASSWORD_WINDOW = Duration.ofMinutes(15);

  private final Database db;
  private final Sources sources;
  private final AuditTrail audit;
  private final Sealer sealer;
  private final Clock clock;
  private final Omedelbar omedelbar;

  JusteringFlow(Database db, Sources sources, AuditTrail audit, Sealer sealer, Clock clock) {
    this.db = db;
    this.sources = sources;
    this.audit = audit;
    this.sealer = sealer;
    this.clock = clock;
    this.omedelbar = new Omedelbar(db, sources, audit);
  }

  /**
   * "Skicka på justering": {@code revision} must be the latest and have no fel, the justerare must
   * be chosen; asks the ordförande and each justerare (also a §'s own) to sign.
   */
  public JusteringView send(long protokollId, int revision, Actor actor) {
    StoredDocument d = sources.document(protokollId);
    Status next = Transitions.require(d.kind(), sources.status(d), Action.SKICKA_PA_JUSTERING);
    Revision r = requireLatest(d, revision);
    Meeting m = requireClean(d, r, "Protokollet har fel som måste rättas innan det skickas på"
        + " justering.");
    Saver.Parts.requireUnchanged(db, sources, d, m);
    Map<String, SignRole> signers = Signers.of(sources.organ(d.organKey()), m);
    Signers.request(db, d.id(), signers);
    db.documents().setStatus(d.id(), d.status(), next.label());
    audit.record(actor, AuditAction.SKICKA_PA_JUSTERING, d.id(), "Version " + r.number()
        + " till " + Signers.describe(signers) + ".");
    return view(d.id());
  }

  /** The justering state of a protokoll or part. */
  public JusteringView view(long documentId) {
    StoredDocument d = sources.document(documentId);
    Anslag anslag = db.anslagstavla().anslag(documentId).map(a -> a.anslag()).orElse(null);
    List<DocumentSummary> parts = sources.parts(d).stream().map(sources::summary).toList();
    return new JusteringView(sources.summary(d), DueDates.justeringDeadline(d.meetingDate()),
        db.signatures().signatures(documentId), db.changeProposals().proposals(documentId),
        sealer.info(documentId).orElse(null), anslag, parts);
  }

  /** The documents waiting for the actor's signature (by {@link Actor#personName()}). */
  public List<DocumentSummary> toSign(Actor actor) {
    if (actor.personName() == null) {
      return List.of();
    }
    List<String> organs = db.accounts().roles(actor.userId()).stream()
        .map(OrganRole::organKey).distinct().toList();
    List<DocumentSummary> out = new ArrayList<>();
    for (String organ : organs) {
      for (StoredDocument d : db.documents().documents(organ)) {
        if (Status.JUSTERING.label().equals(d.status())
            && pending(d.id(), actor.personName()).isPresent()) {
          out.add(sources.summary(d));
        }
      }
    }
    return out;
  }

  /**
   * A signer leaves an ändringsförslag on § {@code paragraf} (null: the whole protokoll).
   *
   * @throws WorkflowRefusal.Forbidden when the actor is not asked to sign it
   */
  public ChangeProposal propose(long documentId, Integer paragraf, String text, Actor actor) {
    StoredDocument d = sources.document(documentId);
    Transitions.require(d.kind(), sources.status(d), Action.ANDRINGSFORSLAG);
    boolean asked = actor.personName() != null && db.signatures().signatures(documentId).stream()
        .anyMatch(s -> s.withdrawnAt() == null && s.personName().equals(actor.personName()));
    if (!asked) {
      throw new WorkflowRefusal.Forbidden("Du är inte ombedd att justera protokollet och kan"
          + " inte lämna ändringsförslag på det.");
    }
    if (paragraf != null) {
      Meeting m = sources.meeting(d, sources.latest(documentId));
      if (!m.paragrafer().contains(paragraf)) {
        throw new WorkflowRefusal.Invalid("§ " + paragraf + " finns inte i protokollet.");
      }
    }
    ChangeProposal p = db.changeProposals().propose(documentId, paragraf, actor.personName(), text);
    audit.record(actor, AuditAction.ANDRINGSFORSLAG, documentId,
        (paragraf == null ? "Hela protokollet" : "§ " + paragraf) + ": " + text);
    return p;
  }

  /** The sekreterare answers an ändringsförslag. */
  public ChangeProposal answer(long documentId, long proposalId, String answer, Actor actor) {
    StoredDocument d = sources.document(documentId);
    Transitions.require(d.kind(), sources.status(d), Action.BESVARA_FORSLAG);
    ChangeProposal p = db.changeProposals().proposals(documentId).stream()
        .filter(x -> x.id() == proposalId).findFirst()
        .orElseThrow(() -> new NotFoundException("Ändringsförslaget finns inte."));
    ChangeProposal answered = db.changeProposals().answer(p.id(), answer, actor.displayName());
    audit.record(actor, AuditAction.BESVARA_FORSLAG, documentId, "Förslag från " + p.author()
        + ": " + answer);
    return answered;
  }

  /**
   * The actor signs {@code revision} (must be the latest) after re-entering the password. When it
   * is the last requested signature the protokoll is sealed, its anslag posted and its originals
   * stored.
   *
   * @throws WorkflowRefusal.Forbidden when the actor is not a requested signer or the password is
   *     wrong
   * @throws WorkflowRefusal.Conflict when the text changed since the signer read it
   */
  public SignResult sign(long documentId, int revision, String password, Actor actor) {
    StoredDocument d = sources.document(documentId);
    Transitions.require(d.kind(), sources.status(d), Action.JUSTERA);
    Signature request = requireRequest(d, actor);
    requirePassword(actor, password);
    Revision r = requireLatest(d, revision);
    Meeting m = requireClean(d, r, "Protokollet har fel som sekreteraren måste rätta innan det"
        + " kan justeras.");
    Saver.Parts.requireUnchanged(db, sources, d, m);
    Signature signed;
    try {
      signed = db.signatures().sign(request.id(), revision);
    } catch (StaleRevisionException e) {
      throw changed(e.current().number(), revision);
    }
    audit.record(actor, AuditAction.JUSTERA, documentId, "Version " + revision + " som "
        + Signers.role(signed.role()) + ".");
    return sealIfComplete(d, r, m, signed, actor);
  }

  private SignResult sealIfComplete(StoredDocument d, Revision r, Meeting m, Signature signed,
      Actor actor) {
    List<Signature> open = db.signatures().signatures(d.id()).stream()
        .filter(s -> s.withdrawnAt() == null).toList();
    boolean complete = open.stream()
        .allMatch(s -> s.isSigned() && s.revision() == r.number());
    if (!complete) {
      return new SignResult(signed, false, null, null);
    }
    List<String> lines = open.stream().sorted(Comparator.comparing(Signature::signedAt))
        .map(Signers::sealLine).toList();
    Organ organ = sources.organ(d.organKey());
    SealInfo seal;
    try {
      seal = sealer.seal(d, r, organ, m, lines, Services.today(clock), false, actor);
    } catch (StaleRevisionException e) {
      return new SignResult(signed, false, null, null); // a save won; it withdrew the signatures
    } catch (SealedException e) {
      seal = sealer.info(d.id()).orElseThrow(); // a signer landing at the same moment sealed it
    }
    Anslag anslag = db.anslagstavla().anslag(d.id()).map(a -> a.anslag()).orElse(null);
    return new SignResult(signed, true, seal, anslag);
  }

  /** Takes the protokoll back from justering: every request and signature is withdrawn. */
  public JusteringView recall(long documentId, String reason, Actor actor) {
    StoredDocument d = sources.document(documentId);
    Status next = Transitions.require(d.kind(), sources.status(d), Action.ATERKALLA_JUSTERING);
    String why = reason == null || reason.isBlank() ? "Protokollet återkallades från justering."
        : reason.strip();
    for (Signature s : db.signatures().signatures(documentId)) {
      if (s.withdrawnAt() == null) {
        db.signatures().withdraw(s.id(), why);
      }
    }
    db.documents().setStatus(documentId, d.status(), next.label());
    audit.record(actor, AuditAction.ATERKALLA_JUSTERING, documentId, why);
    return view(documentId);
  }

  /**
   * Omedelbar justering: a part holding only the §§ marked "Omedelbar justering: ja" of
   * {@code revision}, sent at once to the ordförande and the justerare, signed and sealed on its
   * own.
   */
  public DocumentSummary omedelbarJustering(long protokollId, int revision, Actor actor) {
    StoredDocument d = sources.document(protokollId);
    Transitions.require(d.kind(), sources.status(d), Action.OMEDELBAR_JUSTERING);
    return omedelbar.create(d, requireLatest(d, revision), actor);
  }

  private Optional<Signature> pending(long documentId, String personName) {
    return db.signatures().signatures(documentId).stream()
        .filter(s -> s.isPending() && s.personName().equals(personName)).findFirst();
  }

  private Signature requireRequest(StoredDocument d, Actor actor) {
    if (actor.personName() == null) {
      throw new WorkflowRefusal.Forbidden("Ditt konto är inte kopplat till en person i organets"
          + " register och kan inte justera.");
    }
    Optional<Signature> p = pending(d.id(), actor.personName());
    if (p.isPresent()) {
      return p.get();
    }
    Optional<Signature> done = db.signatures().signatures(d.id()).stream()
        .filter(s -> s.isSigned() && s.personName().equals(actor.personName())).findFirst();
    if (done.isPresent()) {
      throw new WorkflowRefusal.Conflict("Du har redan justerat version "
          + done.get().revision() + ".");
    }
    throw new WorkflowRefusal.Forbidden("Du är inte ombedd att justera det här protokollet.");
  }

  /** The password again, as for a login; failures count toward the login throttle. */
  private void requirePassword(Actor actor, String password) {
    if (db.loginAttempts().failuresForUser(actor.username(), PASSWORD_WINDOW)
        >= MAX_PASSWORD_FAILURES) {
      throw new WorkflowRefusal.Forbidden("För många felaktiga lösenord. Försök igen om en"
          + " stund.");
    }
    Optional<User> u = db.accounts().authenticate(actor.username(), password == null ? ""
        : password);
    if (u.isEmpty() || u.get().id() != actor.userId()) {
      db.loginAttempts().record(actor.username(), "justering", false);
      throw new WorkflowRefusal.Forbidden("Lösenordet stämmer inte.");
    }
  }

  private Revision requireLatest(StoredDocument d, int revision) {
    Revision r = sources.latest(d.id());
    if (r.number() != revision) {
      throw changed(r.number(), revision);
    }
    return r;
  }

  private static WorkflowRefusal changed(int latest, int seen) {
    return new WorkflowRefusal.Conflict("Protokollet har ändrats (version " + latest
        + ") sedan du läste version " + seen + ". Läs den nya versionen först.");
  }

  private Meeting requireClean(StoredDocument d, Revision r, String why) {
    Checked c = sources.check(d, r);
    if (c.hasFel() || c.meeting() == null) {
      throw new WorkflowRefusal.HasProblems(why,
          c.problems().stream().filter(Problem::isFel).toList());
    }
    return c.meeting();
  }
}
