package se.paragraf.workflow.service;

import java.time.LocalDate;

/**
 * Something due for a meeting, for the organ page.
 *
 * @param text Swedish, e.g. "Justering senast 2025-10-02"
 * @param overdue true when {@code date} has passed (by the services' clock) and it is not done
 */
public record Due(Kind kind, String text, LocalDate date, boolean overdue) {
  /** What is due. */
  public enum Kind {
    SKICKA_KALLELSE,
    SKAPA_PROTOKOLL,
    JUSTERING,
    ANSLAG_UPPSATT,
    SISTA_DAG_OVERKLAGANDE,
    ANSLAG_NEDTAS
  }
}
