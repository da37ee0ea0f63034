package se.paragraf.workflow.service;

import java.time.LocalDate;
import java.util.List;
import se.paragraf.model.Anslag;
import se.paragraf.store.ChangeProposal;
import se.paragraf.store.Signature;

/**
 * The justering of one protokoll (or omedelbart justerad part).
 *
 * @param deadline the last day for justering: meeting date + 14 days
 * @param signatures every request, withdrawn ones included (history), oldest first
 * @param proposals the ändringsförslag, oldest first
 * @param seal null until justerat
 * @param anslag null until posted
 * @param omedelbara the separately justerade parts of this protokoll
 */
public record JusteringView(
    DocumentSummary document,
    LocalDate deadline,
    List<Signature> signatures,
    List<ChangeProposal> proposals,
    SealInfo seal,
    Anslag anslag,
    List<DocumentSummary> omedelbara) {

  public JusteringView {
    signatures = List.copyOf(signatures);
    proposals = List.copyOf(proposals);
    omedelbara = List.copyOf(omedelbara);
  }

  /** The open (neither signed nor withdrawn) request of {@code personName}, if any. */
  public java.util.Optional<Signature> pendingFor(String personName) {
    return signatures.stream()
        .filter(s -> s.isPending() && s.personName().equals(personName))
        .findFirst();
  }
}
