package se.paragraf.workflow.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.paragraf.model.Anslag;

/** What is due next for one meeting, from its documents' states and the legal time limits. */
final class DueDates {
  /**
   * Days before the meeting a kallelse is to be sent. Not in the law; a common rule in
   * reglementen and förbundsordningar, used here only as the reminder date.
   */
  static final int KALLELSE_DAGAR_FORE = 7;

  /** KL 5 kap. 69 §: justering at the latest 14 days after the meeting. */
  static final int JUSTERING_DAGAR = 14;

  private DueDates() {}

  static LocalDate justeringDeadline(LocalDate datum) {
    return datum.plusDays(JUSTERING_DAGAR);
  }

  static List<Due> of(LocalDate datum, DocumentSummary kallelse, DocumentSummary protokoll,
      Anslag anslag, LocalDate today) {
    List<Due> out = new ArrayList<>();
    if (protokoll == null && kallelse != null && kallelse.status() != Status.SKICKAD) {
      LocalDate by = datum.minusDays(KALLELSE_DAGAR_FORE);
      String what = kallelse.status() == Status.REVIDERAD ? "Skicka den reviderade kallelsen"
          : "Skicka kallelsen";
      out.add(new Due(Due.Kind.SKICKA_KALLELSE, what + " senast " + by, by, today.isAfter(by)));
    }
    LocalDate deadline = justeringDeadline(datum);
    if (protokoll == null && !today.isBefore(datum)) {
      out.add(new Due(Due.Kind.SKAPA_PROTOKOLL, "Skriv protokollet; justering senast " + deadline,
          deadline, today.isAfter(deadline)));
    } else if (protokoll != null && protokoll.status() != Status.JUSTERAT) {
      out.add(new Due(Due.Kind.JUSTERING, "Justering senast " + deadline, deadline,
          today.isAfter(deadline)));
    }
    if (anslag != null) {
      out.add(new Due(Due.Kind.ANSLAG_UPPSATT, "Anslaget sattes upp " + anslag.uppsatt(),
          anslag.uppsatt(), false));
      out.add(new Due(Due.Kind.SISTA_DAG_OVERKLAGANDE, "Sista dag för överklagande "
          + anslag.sistaDagForOverklagande(), anslag.sistaDagForOverklagande(), false));
      out.add(new Due(Due.Kind.ANSLAG_NEDTAS, "Anslaget tas ned " + anslag.nedtas(),
          anslag.nedtas(), false));
    }
    return out;
  }
}
