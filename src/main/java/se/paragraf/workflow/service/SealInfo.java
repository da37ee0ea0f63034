package se.paragraf.workflow.service;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A seal as the workflow reads it back.
 *
 * @param sha256 SHA-256 (hex) of the canonical text of the whole protokoll
 * @param reference the short reference printed on utdrag and shown by verify:
 *     {@code <documentId>-<first 12 hex of sha256>}
 * @param signers "Namn, ordförande, 2025-09-29T08:12:00Z" (or "…, importerad") in signing order
 * @param paragrafHashes § number → SHA-256 of that §'s canonical text, in § order
 * @param docxSha256 SHA-256 of the stored original DOCX
 * @param htmlSha256 SHA-256 of the stored original HTML
 * @param imported true when the protokoll was imported as already justerat
 */
public record SealInfo(
    long documentId,
    int revision,
    String sha256,
    String reference,
    Instant sealedAt,
    List<String> signers,
    Map<Integer, String> paragrafHashes,
    String docxSha256,
    String htmlSha256,
    boolean imported) {

  public SealInfo {
    signers = List.copyOf(signers);
    paragrafHashes = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(paragrafHashes));
  }
}
