package se.paragraf.store;

import java.time.Instant;

/** One line of the audit log: who did what, to which document (or null), when. */
public record AuditEntry(
    long id, Instant at, String actor, String action, Long documentId, String detail) {}
