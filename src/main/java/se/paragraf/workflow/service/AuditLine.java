package se.paragraf.workflow.service;

import java.time.Instant;

/**
 * One audit entry as the log page shows it.
 *
 * @param action the stored code ("skicka-kallelse")
 * @param actionText the Swedish text ("Skickade kallelsen")
 */
public record AuditLine(
    long id, Instant at, String actor, String action, String actionText, Long documentId,
    String detail) {}
