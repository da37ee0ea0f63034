package se.paragraf.store;

import java.util.List;

/**
 * What the justering workflow seals when the last signature lands.
 *
 * @param revision the revision that was signed; must be the document's latest
 * @param sha256 lower-case hex SHA-256 of the whole canonical text
 * @param paragrafHashes the per-§ hashes, as the workflow encodes them (JSON); stored verbatim
 * @param signers who signed, in signing order
 * @param docx the DOCX rendition of that moment, kept as the original
 * @param html the HTML rendition of that moment
 */
public record NewSeal(
    long documentId,
    int revision,
    String sha256,
    String paragrafHashes,
    List<String> signers,
    byte[] docx,
    byte[] html) {}
