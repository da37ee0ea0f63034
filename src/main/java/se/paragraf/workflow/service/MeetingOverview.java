package se.paragraf.workflow.service;

import java.time.LocalDate;
import java.util.List;
import se.paragraf.model.Anslag;

/**
 * One meeting on the organ page: its documents (any may be null), the anslag once justerat, and
 * what is due next.
 */
public record MeetingOverview(
    LocalDate datum,
    DocumentSummary kallelse,
    DocumentSummary protokoll,
    List<DocumentSummary> omedelbara,
    Anslag anslag,
    List<Due> due) {

  public MeetingOverview {
    omedelbara = List.copyOf(omedelbara);
    due = List.copyOf(due);
  }
}
