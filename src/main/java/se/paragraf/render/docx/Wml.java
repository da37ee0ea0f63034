package se.paragraf.render.docx;

import java.math.BigInteger;
import java.util.List;
import org.docx4j.wml.BooleanDefaultTrue;
import org.docx4j.wml.FldChar;
import org.docx4j.wml.Jc;
import org.docx4j.wml.JcEnumeration;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.P;
import org.docx4j.wml.PPr;
import org.docx4j.wml.PPrBase;
import org.docx4j.wml.R;
import org.docx4j.wml.RPr;
import org.docx4j.wml.RStyle;
import org.docx4j.wml.STFldCharType;
import org.docx4j.wml.Text;

/** Small factories for WordprocessingML paragraphs and runs. Styles are named, never defined. */
final class Wml {
  /** Not docx4j's Context.getWmlObjectFactory(): touching Context creates its JAXBContexts. */
  static final ObjectFactory F = new ObjectFactory();

  private Wml() {}

  /** A paragraph in {@code style} holding {@code content}: runs, hyperlinks, or strings. */
  static P p(String style, Object... content) {
    P p = F.createP();
    PPr ppr = F.createPPr();
    PPrBase.PStyle ps = F.createPPrBasePStyle();
    ps.setVal(style);
    ppr.setPStyle(ps);
    p.setPPr(ppr);
    for (Object o : content) {
      p.getContent().add(o instanceof String s ? r(s) : o);
    }
    return p;
  }

  /** A run of plain text; '\t' becomes a tab and '\n' a line break. */
  static R r(String text) {
    R r = F.createR();
    addText(r.getContent(), text);
    return r;
  }

  static void addText(List<Object> runContent, String text) {
    int from = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\t' || c == '\n') {
        addT(runContent, text.substring(from, i));
        runContent.add(c == '\t' ? F.createRTab(F.createRTab()) : F.createBr());
        from = i + 1;
      }
    }
    addT(runContent, text.substring(from));
  }

  private static void addT(List<Object> runContent, String s) {
    if (s.isEmpty()) {
      return;
    }
    Text t = F.createText();
    t.setValue(s);
    if (Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length() - 1))) {
      t.setSpace("preserve");
    }
    runContent.add(F.createRT(t));
  }

  /** A bold run. */
  static R b(String text) {
    R r = r(text);
    rPr(r).setB(F.createBooleanDefaultTrue());
    return r;
  }

  /** A run in a character style. */
  static R styled(String charStyle, String text) {
    R r = r(text);
    RStyle rs = F.createRStyle();
    rs.setVal(charStyle);
    rPr(r).setRStyle(rs);
    return r;
  }

  static RPr rPr(R r) {
    if (r.getRPr() == null) {
      r.setRPr(F.createRPr());
    }
    return r.getRPr();
  }

  /** Keep with the next paragraph: decision headings and all but the last att-sats. */
  static P keepNext(P p) {
    p.getPPr().setKeepNext(new BooleanDefaultTrue());
    return p;
  }

  static P pageBreakBefore(P p) {
    p.getPPr().setPageBreakBefore(new BooleanDefaultTrue());
    return p;
  }

  static P align(P p, JcEnumeration how) {
    Jc jc = F.createJc();
    jc.setVal(how);
    p.getPPr().setJc(jc);
    return p;
  }

  /** Numbering on a list paragraph. */
  static P numbered(P p, long numId, int level) {
    PPrBase.NumPr np = F.createPPrBaseNumPr();
    PPrBase.NumPr.NumId id = F.createPPrBaseNumPrNumId();
    id.setVal(BigInteger.valueOf(numId));
    PPrBase.NumPr.Ilvl il = F.createPPrBaseNumPrIlvl();
    il.setVal(BigInteger.valueOf(level));
    np.setIlvl(il);
    np.setNumId(id);
    p.getPPr().setNumPr(np);
    return p;
  }

  static P indent(P p, int left) {
    PPrBase.Ind ind = F.createPPrBaseInd();
    ind.setLeft(BigInteger.valueOf(left));
    p.getPPr().setInd(ind);
    return p;
  }

  /**
   * A complex field (pitfall 6: begin / instrText / separate / cached result / end), so Word and
   * LibreOffice compute PAGE and NUMPAGES per page.
   */
  static List<R> field(String instruction, String cached) {
    R instr = F.createR();
    Text t = F.createText();
    t.setValue(" " + instruction + " ");
    t.setSpace("preserve");
    instr.getContent().add(F.createRInstrText(t));
    return List.of(fldChar(STFldCharType.BEGIN), instr, fldChar(STFldCharType.SEPARATE),
        r(cached), fldChar(STFldCharType.END));
  }

  private static R fldChar(STFldCharType type) {
    FldChar fc = F.createFldChar();
    fc.setFldCharType(type);
    R r = F.createR();
    r.getContent().add(F.createRFldChar(fc));
    return r;
  }
}
