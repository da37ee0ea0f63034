package se.paragraf.workflow.service;

/**
 * Whether a file is an original rendition of a seal.
 *
 * @param kind what matched: "docx", "html" or "text" (the canonical text); null when nothing did
 * @param sha256 the file's SHA-256
 * @param seal the seal it belongs to, or null
 * @param document the justerade protokoll, or null
 * @param message the Swedish verdict to print or show
 */
public record Verdict(
    boolean match, String kind, String sha256, SealInfo seal, DocumentSummary document,
    String message) {}
