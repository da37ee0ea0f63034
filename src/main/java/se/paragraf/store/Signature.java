package se.paragraf.store;

import java.time.Instant;

/**
 * A request to sign a document and, once given, the signature.
 *
 * @param revision the revision signed, or null while unsigned
 * @param withdrawnAt when the request or signature was withdrawn (the text changed), or null
 */
public record Signature(
    long id,
    long documentId,
    String personName,
    SignRole role,
    Instant requestedAt,
    Integer revision,
    Instant signedAt,
    Instant withdrawnAt,
    String withdrawnReason) {

  public boolean isSigned() {
    return signedAt != null && withdrawnAt == null;
  }

  /** Neither signed nor withdrawn: still waiting for the signer. */
  public boolean isPending() {
    return signedAt == null && withdrawnAt == null;
  }
}
