package se.paragraf.render.docx;

import java.util.List;
import org.docx4j.wml.CTVerticalJc;
import org.docx4j.wml.STVerticalJc;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.Tc;
import org.docx4j.wml.Tr;

/** Borderless layout pieces shared by the documents: fact rows and signature lines. */
final class Layout {
  /** Width of a signature line, in twips (8 cm). */
  static final int SIGNATURE = 4536;

  private Layout() {}

  /** Label | value rows ("Tid | Torsdag 6 mars 2025, kl. 09.00–15.00"), labels in bold. */
  static Tbl fakta(List<List<String>> rows) {
    int[] widths = {2835, ReferenceStyles.TEXT_WIDTH - 2835};
    Tbl t = Tabeller.table(Stil.LAYOUTTABELL, widths, false);
    for (List<String> row : rows) {
      Tr tr = Tabeller.row(t);
      Tabeller.cell(tr, widths[0], List.of(Wml.p(Stil.BRODTEXT, Wml.b(row.get(0)))));
      Tabeller.cell(tr, widths[1], List.of(Wml.p(Stil.BRODTEXT, row.get(1))));
    }
    return t;
  }

  /** A line to sign on with the signer's name (and role) under it. */
  static List<Object> signatur(String namnrad) {
    return List.of(Wml.p(Stil.SIGNATURRAD), Wml.p(Stil.UNDERSKRIFT, namnrad));
  }

  static Tc bottom(Tc tc) {
    CTVerticalJc v = Wml.F.createCTVerticalJc();
    v.setVal(STVerticalJc.BOTTOM);
    tc.getTcPr().setVAlign(v);
    return tc;
  }
}
