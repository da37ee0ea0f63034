package se.paragraf.store;

import java.time.Instant;
import java.util.List;

/** The seal of a justerat document; see {@link NewSeal} for the fields. Never changes. */
public record Seal(
    long documentId,
    int revision,
    String sha256,
    String paragrafHashes,
    List<String> signers,
    Instant sealedAt,
    byte[] docx,
    byte[] html) {}
