package se.paragraf.store;

import java.time.Instant;

/** The renditions of a document as sent (a kallelse on "Skicka kallelse"); never changes. */
public record SentCopy(
    long id, long documentId, int revision, String sentBy, Instant sentAt, byte[] docx, byte[] html) {}
