package se.paragraf.store;

import java.time.Instant;

/**
 * An ändringsförslag from a signer, and the sekreterare's answer.
 *
 * @param paragraf the § it concerns, or null for the whole protokoll
 * @param answer null until answered
 */
public record ChangeProposal(
    long id,
    long documentId,
    Integer paragraf,
    String author,
    String text,
    Instant createdAt,
    String answer,
    String answeredBy,
    Instant answeredAt) {}
