package se.paragraf.render.docx;

import static se.paragraf.render.docx.Wml.F;

import java.math.BigInteger;
import java.util.List;
import org.docx4j.sharedtypes.STOnOff;
import org.docx4j.wml.BooleanDefaultTrue;
import org.docx4j.wml.CTHeight;
import org.docx4j.wml.CTTblLayoutType;
import org.docx4j.wml.CTTblLook;
import org.docx4j.wml.CTTblPrBase;
import org.docx4j.wml.Jc;
import org.docx4j.wml.JcEnumeration;
import org.docx4j.wml.P;
import org.docx4j.wml.STHeightRule;
import org.docx4j.wml.STTblLayoutType;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.TblGrid;
import org.docx4j.wml.TblGridCol;
import org.docx4j.wml.TblPr;
import org.docx4j.wml.TblWidth;
import org.docx4j.wml.Tc;
import org.docx4j.wml.TcPr;
import org.docx4j.wml.Tr;
import org.docx4j.wml.TrPr;

/** Tables with fixed column widths in twips, styled by a table style of the reference. */
final class Tabeller {
  private Tabeller() {}

  /** An empty table; {@code header} turns on the style's first-row look. */
  static Tbl table(String style, int[] widths, boolean header) {
    Tbl t = F.createTbl();
    TblPr pr = F.createTblPr();
    CTTblPrBase.TblStyle ts = F.createCTTblPrBaseTblStyle();
    ts.setVal(style);
    pr.setTblStyle(ts);
    pr.setTblW(width(sum(widths)));
    CTTblLayoutType layout = F.createCTTblLayoutType();
    layout.setType(STTblLayoutType.FIXED);
    pr.setTblLayout(layout);
    CTTblLook look = F.createCTTblLook();
    look.setFirstRow(header ? STOnOff.ONE : STOnOff.ZERO);
    look.setNoVBand(STOnOff.ONE);
    look.setNoHBand(STOnOff.ONE);
    look.setFirstColumn(STOnOff.ZERO);
    look.setLastRow(STOnOff.ZERO);
    look.setLastColumn(STOnOff.ZERO);
    // the bit mask too: LibreOffice reads w:val, Word the attributes
    look.setVal(header ? "0620" : "0600");
    pr.setTblLook(look);
    t.setTblPr(pr);
    TblGrid grid = F.createTblGrid();
    for (int w : widths) {
      TblGridCol col = F.createTblGridCol();
      col.setW(BigInteger.valueOf(w));
      grid.getGridCol().add(col);
    }
    t.setTblGrid(grid);
    return t;
  }

  static Tbl alignRight(Tbl t) {
    Jc jc = F.createJc();
    jc.setVal(JcEnumeration.RIGHT);
    t.getTblPr().setJc(jc);
    return t;
  }

  static Tr row(Tbl t) {
    Tr tr = F.createTr();
    t.getContent().add(tr);
    return tr;
  }

  /** A header row, repeated on every page the table spans. */
  static Tr headerRow(Tbl t) {
    Tr tr = row(t);
    trPr(tr).getCnfStyleOrDivIdOrGridBefore().add(
        F.createCTTrPrBaseTblHeader(new BooleanDefaultTrue()));
    return tr;
  }

  static Tr minHeight(Tr tr, int twips) {
    CTHeight h = F.createCTHeight();
    h.setVal(BigInteger.valueOf(twips));
    h.setHRule(STHeightRule.AT_LEAST);
    trPr(tr).getCnfStyleOrDivIdOrGridBefore().add(F.createCTTrPrBaseTrHeight(h));
    return tr;
  }

  /** Keeps a row on one page (signature blocks). */
  static Tr cantSplit(Tr tr) {
    trPr(tr).getCnfStyleOrDivIdOrGridBefore().add(
        F.createCTTrPrBaseCantSplit(new BooleanDefaultTrue()));
    return tr;
  }

  private static TrPr trPr(Tr tr) {
    if (tr.getTrPr() == null) {
      tr.setTrPr(F.createTrPr());
    }
    return tr.getTrPr();
  }

  /** A cell of {@code width} twips; a cell must end in a paragraph, so an empty one gets one. */
  static Tc cell(Tr tr, int width, List<?> content) {
    Tc tc = F.createTc();
    TcPr pr = F.createTcPr();
    pr.setTcW(width(width));
    tc.setTcPr(pr);
    tc.getContent().addAll(content);
    if (content.isEmpty() || !(content.get(content.size() - 1) instanceof P)) {
      tc.getContent().add(F.createP());
    }
    tr.getContent().add(tc);
    return tc;
  }

  static TblWidth width(int twips) {
    TblWidth w = F.createTblWidth();
    w.setW(BigInteger.valueOf(twips));
    w.setType(TblWidth.TYPE_DXA);
    return w;
  }

  static int sum(int[] widths) {
    int s = 0;
    for (int w : widths) {
      s += w;
    }
    return s;
  }
}
