package se.paragraf.render.docx;

import java.util.ArrayList;
import java.util.List;
import se.paragraf.model.Anslag;
import se.paragraf.model.Deltagare;
import se.paragraf.model.Document;
import se.paragraf.model.Meeting;
import se.paragraf.model.Organ;
import se.paragraf.model.Person;
import se.paragraf.render.Typografi;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.Tr;

/**
 * The protokoll's first page: place and time, attendance in two columns, justerare and the §
 * range, the signatures, and BEVIS OM ANSLAG.
 */
final class ForstaSidan {
  /** A line to fill in by hand where a value is not known yet. */
  static final String BLANK = "_______________________________";
  private static final int HALF = ReferenceStyles.TEXT_WIDTH / 2;

  private ForstaSidan() {}

  static void write(Document doc, List<Object> out) {
    Meeting m = doc.meeting();
    Organ organ = doc.organ();
    out.add(Wml.p(Stil.ETIKETT, "Plats och tid"));
    String platsOchTid = java.util.stream.Stream.of(m.plats(), Typografi.datum(m.datum()),
            Typografi.tid(m.start(), m.slut()))
        .filter(s -> s != null && !s.isBlank()).collect(java.util.stream.Collectors.joining(", "));
    out.add(Wml.p(Stil.BRODTEXT, platsOchTid));
    List<String> beslutande = new ArrayList<>();
    m.beslutande().forEach(d -> beslutande.add(Namn.deltagare(organ, m.datum(), d)));
    m.ersattare().forEach(d -> beslutande.add(Namn.deltagare(organ, m.datum(), d)));
    List<String> ovriga = m.ovriga().stream()
        .map(d -> Namn.deltagare(organ, m.datum(), d)).toList();
    out.add(tvaKolumner("Beslutande", beslutande, "Övriga deltagande", ovriga, Stil.DELTAGARE));
    List<String> justerare = m.justerare().stream().map(Deltagare::namn).toList();
    out.add(tvaKolumner("Utses att justera", List.of(Namn.lista(justerare)), "Paragrafer",
        List.of(Typografi.paragrafIntervall(m.paragrafer())), Stil.BRODTEXT));
    out.add(Wml.p(Stil.ETIKETT, "Underskrifter"));
    out.add(underskrifter(doc));
    out.add(Wml.p(Stil.BRODTEXT));
    out.add(anslag(doc));
  }

  private static Tbl tvaKolumner(String leftLabel, List<String> left, String rightLabel,
      List<String> right, String style) {
    int[] widths = {HALF, ReferenceStyles.TEXT_WIDTH - HALF};
    Tbl t = Tabeller.table(Stil.LAYOUTTABELL, widths, false);
    Tr head = Tabeller.row(t);
    Tabeller.cell(head, widths[0], List.of(Wml.p(Stil.ETIKETT, leftLabel)));
    Tabeller.cell(head, widths[1], List.of(Wml.p(Stil.ETIKETT, rightLabel)));
    Tr body = Tabeller.row(t);
    Tabeller.cell(body, widths[0], left.stream().map(s -> (Object) Wml.p(style, s)).toList());
    Tabeller.cell(body, widths[1], right.stream().map(s -> (Object) Wml.p(style, s)).toList());
    return t;
  }

  /** Sekreterare, ordförande and each justerare: role, a line to sign on, the name under it. */
  private static Tbl underskrifter(Document doc) {
    Meeting m = doc.meeting();
    int[] widths = {2268, Layout.SIGNATURE};
    Tbl t = Tabeller.table(Stil.LAYOUTTABELL, widths, false);
    signer(t, widths, "Sekreterare", sekreterare(doc));
    signer(t, widths, "Ordförande", ordforande(doc));
    if (m.justerare().isEmpty()) {
      signer(t, widths, "Justerare", "");
    }
    for (Deltagare j : m.justerare()) {
      signer(t, widths, "Justerare", j.namn());
    }
    return t;
  }

  private static void signer(Tbl t, int[] widths, String roll, String namn) {
    Tr tr = Tabeller.cantSplit(Tabeller.row(t));
    Layout.bottom(Tabeller.cell(tr, widths[0], List.of(Wml.p(Stil.UNDERSKRIFT, roll))));
    Tabeller.cell(tr, widths[1], Layout.signatur(namn));
  }

  static String sekreterare(Document doc) {
    String s = doc.meeting().sekreterare();
    return s == null || s.isBlank() ? doc.organ().sekreterare() : s;
  }

  private static String ordforande(Document doc) {
    String s = doc.meeting().ordforande();
    if (s != null && !s.isBlank()) {
      return s;
    }
    return doc.organ().register().stream()
        .filter(p -> "ordförande".equals(p.uppdrag()) && p.activeOn(doc.meeting().datum()))
        .map(Person::namn).findFirst().orElse("");
  }

  /** BEVIS OM ANSLAG; without an {@link Anslag} the dates are lines to fill in by hand. */
  private static Tbl anslag(Document doc) {
    Anslag a = doc.anslag();
    int[] widths = {ReferenceStyles.TEXT_WIDTH};
    Tbl t = Tabeller.table(Stil.RUTA, widths, false);
    String plats = a != null && a.forvaringsplats() != null ? a.forvaringsplats()
        : doc.organ().forvaringsplats();
    List<Object> box = new ArrayList<>(List.of(
        Wml.p(Stil.RUTRUBRIK, "BEVIS OM ANSLAG"),
        Wml.p(Stil.BRODTEXT, "Justeringen har tillkännagivits genom anslag."),
        rad("Organ", doc.organ().namn()),
        rad("Sammanträdesdatum", Typografi.iso(doc.meeting().datum())),
        rad("Datum då anslaget sätts upp", a == null ? null : a.uppsatt()),
        rad("Datum då anslaget tas ned", a == null ? null : a.nedtas()),
        rad("Sista dag för överklagande", a == null ? null : a.sistaDagForOverklagande()),
        rad("Förvaringsplats för protokollet", plats),
        rad("Underskrift", BLANK),
        rad("", sekreterare(doc))));
    Tabeller.cell(Tabeller.cantSplit(Tabeller.row(t)), widths[0], box);
    return t;
  }

  private static Object rad(String label, Object value) {
    String v = value == null ? "" : value.toString();
    return Wml.p(Stil.ANSLAGSRAD, label + "\t" + (v.isBlank() ? BLANK : v));
  }
}
