package se.paragraf.render.docx;

import java.util.ArrayList;
import java.util.List;
import org.docx4j.wml.JcEnumeration;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.Tr;
import se.paragraf.model.Document;
import se.paragraf.model.Omrostning;
import se.paragraf.model.Rost;

/** A roll-call vote: what ja and nej mean, a Namn | Ja | Nej | Avstår table, the result. */
final class OmrostningWriter {
  private static final List<String> HEAD = List.of("Namn", "Ja", "Nej", "Avstår");

  private OmrostningWriter() {}

  static void write(Omrostning o, Document doc, List<Object> out) {
    out.add(Wml.p(Stil.ETIKETT, "Omröstning"));
    if (o.fraga() != null && !o.fraga().isBlank()) {
      out.add(Wml.keepNext(Wml.p(Stil.BRODTEXT, o.fraga())));
    }
    List<List<String>> rows = new ArrayList<>();
    rows.add(HEAD);
    for (Rost r : o.roster()) {
      String namn = Namn.medParti(doc.organ(), doc.meeting().datum(), r.namn());
      rows.add(List.of(namn, mark(r, Rost.Val.JA), mark(r, Rost.Val.NEJ),
          mark(r, Rost.Val.AVSTAR)));
    }
    int[] widths = ColumnWidths.compute(rows, ReferenceStyles.TEXT_WIDTH);
    Tbl t = Tabeller.table(Stil.TABELL, widths, true);
    for (int i = 0; i < rows.size(); i++) {
      Tr tr = i == 0 ? Tabeller.headerRow(t) : Tabeller.row(t);
      List<String> row = rows.get(i);
      for (int c = 0; c < row.size(); c++) {
        var p = Wml.p(i == 0 ? Stil.TABELLRUBRIK : Stil.TABELLTEXT, row.get(c));
        if (i < rows.size() - 1) {
          Wml.keepNext(p); // a vote table is short: keep it on one page
        }
        Tabeller.cell(tr, widths[c], List.of(c == 0 ? p : Wml.align(p, JcEnumeration.CENTER)));
      }
    }
    out.add(t);
    out.add(Wml.p(Stil.TABELLSLUT));
    out.add(Wml.p(Stil.BRODTEXT, "Resultat: " + o.resultat()));
  }

  private static String mark(Rost r, Rost.Val val) {
    return r.val() == val ? "X" : "";
  }
}
