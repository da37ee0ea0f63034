package se.paragraf.store;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A stored source (its text is in its revisions).
 *
 * @param meetingDate the sammanträdesdatum; null for an organ profile
 * @param status the workflow state; the workflow defines the values, the store only keeps them
 * @param parentId the document this one belongs to or corrects, or null
 */
public record StoredDocument(
    long id,
    String organKey,
    SourceKind kind,
    LocalDate meetingDate,
    String status,
    Long parentId,
    Instant createdAt) {}
