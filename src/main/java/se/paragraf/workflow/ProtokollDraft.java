package se.paragraf.workflow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import se.paragraf.model.Arende;
import se.paragraf.model.ArendeTyp;
import se.paragraf.model.Deltagare;
import se.paragraf.model.DocumentKind;
import se.paragraf.model.Meeting;
import se.paragraf.model.Organ;
import se.paragraf.model.SourcePos;
import se.paragraf.number.Ledger;

/**
 * Drafts a protokoll from a kallelse: the agenda becomes §§ numbered from the organ's ledger,
 * proposals become decisions, attendance is pre-filled from the register ("Namn, ordförande",
 * "Namn, vice ordförande", "Namn, ledamot"). The sekreterare then edits the draft to what
 * happened at the meeting.
 */
public final class ProtokollDraft {
  /** The roll of a ledamot without uppdrag, as the protokoll's first page lists it. */
  private static final String LEDAMOT = "ledamot";

  private ProtokollDraft() {}

  /**
   * The draft protokoll for {@code kallelse}.
   *
   * @param kallelser every kallelse of the organ (to find earlier meetings without protokoll)
   * @param protokoll every protokoll of the organ
   * @throws WorkflowException when a protokoll for the date exists, an earlier meeting in the same
   *     § series has no protokoll yet, or the numbers would reuse a § already used
   */
  public static Meeting from(Organ organ, Meeting kallelse, List<Meeting> kallelser,
      List<Meeting> protokoll) throws WorkflowException {
    if (kallelse.kind() != DocumentKind.KALLELSE) {
      throw new WorkflowException(kallelse.file() + " är inte en kallelse.");
    }
    LocalDate datum = kallelse.datum();
    if (datum == null) {
      throw new WorkflowException(kallelse.file() + " saknar ett läsbart datum.");
    }
    Ledger ledger = Ledger.of(organ, protokoll);
    refuseExisting(datum, protokoll);
    refuseEarlierWithoutProtokoll(datum, kallelser, protokoll, ledger);
    List<Arende> agenda = agenda(kallelse.arenden());
    int first = ledger.next(datum);
    List<Arende> paragrafer = new ArrayList<>();
    for (Arende a : agenda) {
      int nr = first + paragrafer.size();
      Optional<Meeting> used = ledger.usedBy(nr, datum);
      if (used.isPresent()) {
        throw new WorkflowException("§ " + nr + " används redan i protokollet från "
            + used.get().datum() + " (" + used.get().file() + "). Protokollet för " + datum
            + " skulle numreras från § " + first + " och återanvända numret.");
      }
      paragrafer.add(SourcePositions.cleared(a).withNummer(nr));
    }
    String sekreterare = kallelse.sekreterare() != null ? kallelse.sekreterare()
        : organ.sekreterare();
    return new Meeting(protokollFile(kallelse), kallelse.organKey(), DocumentKind.PROTOKOLL, datum,
        kallelse.start(), kallelse.slut(), kallelse.plats(), beslutande(organ, datum), List.of(),
        List.of(), List.of(), Register.ordforande(organ, datum).orElse(null), sekreterare, null, null,
        paragrafer, SourcePos.NONE);
  }

  private static void refuseExisting(LocalDate datum, List<Meeting> protokoll)
      throws WorkflowException {
    Optional<Meeting> same = protokoll.stream()
        .filter(p -> p.kind() == DocumentKind.PROTOKOLL && datum.equals(p.datum())).findFirst();
    if (same.isPresent()) {
      throw new WorkflowException("Det finns redan ett protokoll för sammanträdet " + datum + ": "
          + same.get().file() + ".");
    }
  }

  /** An earlier meeting of the same series without protokoll would be left a gap in the numbers. */
  private static void refuseEarlierWithoutProtokoll(LocalDate datum, List<Meeting> kallelser,
      List<Meeting> protokoll, Ledger ledger) throws WorkflowException {
    List<LocalDate> held = Ledger.dated(protokoll).stream().map(Meeting::datum).toList();
    Optional<Meeting> missing = kallelser.stream()
        .filter(k -> k.datum() != null && k.datum().isBefore(datum)
            && ledger.sameSeries(k.datum(), datum)
            && !held.contains(k.datum()))
        .min(Comparator.comparing(Meeting::datum));
    if (missing.isPresent()) {
      throw new WorkflowException("Sammanträdet " + missing.get().datum() + " ("
          + missing.get().file() + ") har inget protokoll ännu. Skriv det först: att numrera "
          + "förbi det skulle lämna en lucka i paragrafnumreringen.");
    }
  }

  /**
   * The items in § order: every numbered item as written, then Informationsärenden as one § (all
   * information sections merged), then Övriga frågor as one §.
   */
  static List<Arende> agenda(List<Arende> items) {
    List<Arende> out = new ArrayList<>();
    Arende info = null;
    Arende ovriga = null;
    for (Arende a : items) {
      if (a.typ() == ArendeTyp.INFORMATION) {
        info = merge(info, a);
      } else if (a.typ() == ArendeTyp.OVRIGA_FRAGOR) {
        ovriga = merge(ovriga, a);
      } else {
        out.add(a);
      }
    }
    if (info != null) {
      out.add(info);
    }
    if (ovriga != null) {
      out.add(ovriga);
    }
    return out;
  }

  private static Arende merge(Arende first, Arende next) {
    if (first == null) {
      return next;
    }
    List<Arende> d = new ArrayList<>(first.delpunkter());
    d.addAll(next.delpunkter());
    return first.withDelpunkter(d);
  }

  private static List<Deltagare> beslutande(Organ organ, LocalDate datum) {
    return Register.ledamoter(organ, datum).stream()
        .map(p -> new Deltagare(p.namn(),
            Register.uppdrag(p) == null ? LEDAMOT : Register.uppdrag(p), null, SourcePos.NONE))
        .toList();
  }

  /** The protokoll beside the kallelse: {@code <dir>/<datum>-protokoll.md}. */
  static String protokollFile(Meeting kallelse) {
    String f = kallelse.file() == null ? "" : kallelse.file();
    int slash = Math.max(f.lastIndexOf('/'), f.lastIndexOf('\\'));
    return f.substring(0, slash + 1) + kallelse.datum() + "-protokoll.md";
  }
}
