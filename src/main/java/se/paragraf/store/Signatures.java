package se.paragraf.store;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Justering signatures. A request is signed at most once and withdrawn at most once; a new
 * request after a withdrawal is a new row, so the history of who signed what stays visible.
 * Nothing changes once the document is sealed.
 */
public final class Signatures {
  private static final String COLUMNS =
      "id, document_id, person_name, role, requested_at, revision, signed_at, withdrawn_at,"
          + " withdrawn_reason";

  private final Context ctx;

  Signatures(Context ctx) {
    this.ctx = ctx;
  }

  /**
   * Asks {@code personName} to sign the document as {@code role}.
   *
   * @throws ConflictException when the person already has an open request on it
   */
  public Signature request(long documentId, String personName, SignRole role) {
    return ctx.jdbc.write(
        h -> {
          Documents.lockUnsealed(h, documentId);
          boolean open =
              h.one(
                      "SELECT id FROM signature WHERE document_id = ? AND person_name = ?"
                          + " AND withdrawn_at IS NULL",
                      r -> r.longValue("id"),
                      documentId,
                      personName)
                  .isPresent();
          if (open) {
            throw new ConflictException(personName + " är redan ombedd att justera protokollet.");
          }
          long id =
              h.insert(
                  "INSERT INTO signature (document_id, person_name, role, requested_at)"
                      + " VALUES (?, ?, ?, ?) RETURNING id",
                  documentId,
                  personName,
                  role.label(),
                  ctx.now());
          return byId(h, id);
        });
  }

  /**
   * Signs the request at {@code revision}, which must be the document's latest.
   *
   * @throws StaleRevisionException when the text changed since the signer read it
   * @throws ConflictException when the request was withdrawn or signed already
   */
  public Signature sign(long signatureId, int revision) {
    return ctx.jdbc.write(
        h -> {
          Signature s = lockedRequest(h, signatureId);
          if (s.withdrawnAt() != null) {
            throw new ConflictException("Begäran om justering är återkallad.");
          }
          if (s.signedAt() != null) {
            throw new ConflictException(s.personName() + " har redan justerat protokollet.");
          }
          Revisions.requireLatest(h, s.documentId(), revision);
          h.update(
              "UPDATE signature SET revision = ?, signed_at = ? WHERE id = ?",
              revision,
              ctx.now(),
              signatureId);
          return byId(h, signatureId);
        });
  }

  /** Withdraws one request or signature, with the reason shown to the signer. */
  public Signature withdraw(long signatureId, String reason) {
    return ctx.jdbc.write(
        h -> {
          Signature s = lockedRequest(h, signatureId);
          if (s.withdrawnAt() != null) {
            throw new ConflictException("Begäran om justering är redan återkallad.");
          }
          markWithdrawn(h, signatureId, reason);
          return byId(h, signatureId);
        });
  }

  /**
   * Withdraws every signature given on the document (after its text changed); pending requests
   * stay open. Returns the withdrawn signatures.
   */
  public List<Signature> withdrawSigned(long documentId, String reason) {
    return ctx.jdbc.write(
        h -> {
          Documents.lockUnsealed(h, documentId);
          List<Signature> withdrawn = new ArrayList<>();
          for (Signature s : list(h, documentId)) {
            if (s.isSigned()) {
              markWithdrawn(h, s.id(), reason);
              withdrawn.add(byId(h, s.id()));
            }
          }
          return withdrawn;
        });
  }

  /** All requests on the document, oldest first, withdrawn ones included. */
  public List<Signature> signatures(long documentId) {
    return ctx.jdbc.read(h -> list(h, documentId));
  }

  public Optional<Signature> signature(long signatureId) {
    return ctx.jdbc.read(
        h -> h.one("SELECT " + COLUMNS + " FROM signature WHERE id = ?", Signatures::map, signatureId));
  }

  private void markWithdrawn(Handle h, long id, String reason) throws SQLException {
    if (reason == null || reason.isBlank()) {
      throw new InvalidInputException("Ange varför justeringen återkallas.");
    }
    h.update(
        "UPDATE signature SET withdrawn_at = ?, withdrawn_reason = ? WHERE id = ?",
        ctx.now(),
        reason,
        id);
  }

  /** Locks the request's document (signing and saving serialise on it) and reads the request. */
  private static Signature lockedRequest(Handle h, long signatureId) throws SQLException {
    Signature s = byId(h, signatureId);
    Documents.lockUnsealed(h, s.documentId());
    return byId(h, signatureId);
  }

  private static List<Signature> list(Handle h, long documentId) throws SQLException {
    return h.list(
        "SELECT " + COLUMNS + " FROM signature WHERE document_id = ? ORDER BY id",
        Signatures::map,
        documentId);
  }

  private static Signature byId(Handle h, long id) throws SQLException {
    return h.one("SELECT " + COLUMNS + " FROM signature WHERE id = ?", Signatures::map, id)
        .orElseThrow(() -> new NotFoundException("Begäran om justering finns inte."));
  }

  private static Signature map(Row r) throws SQLException {
    return new Signature(
        r.longValue("id"),
        r.longValue("document_id"),
        r.string("person_name"),
        SignRole.ofLabel(r.string("role")),
        r.instant("requested_at"),
        r.integer("revision"),
        r.instant("signed_at"),
        r.instant("withdrawn_at"),
        r.string("withdrawn_reason"));
  }
}
