package se.paragraf.store;

import java.time.Instant;

/** One saved version of a document's source text; numbered 1, 2, 3 … per document. */
public record Revision(long documentId, int number, String text, String author, Instant createdAt) {}
