package se.paragraf.render.docx;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.openpackaging.parts.WordprocessingML.NumberingDefinitionsPart;
import org.docx4j.wml.Numbering;
import org.docx4j.wml.Style;
import se.paragraf.render.RenderException;

/**
 * The reference document (templates/referens.docx) as bytes, plus what the renderer needs to know
 * about it, read once: which styles it defines and which numbering its list styles use.
 *
 * @param bulletNumId the w:num of style Punktlista, or null when the style has no numbering
 * @param decimalAbstractNumId the abstract numbering behind style Numreradlista, or null
 */
record ReferenceDoc(byte[] bytes, Set<String> styleIds, Long bulletNumId,
    Long decimalAbstractNumId) {

  static final String NAME = "referens.docx";

  static ReferenceDoc read(byte[] bytes) throws RenderException {
    try {
      WordprocessingMLPackage pkg = open(bytes);
      MainDocumentPart mdp = pkg.getMainDocumentPart();
      List<Style> styles = mdp.getStyleDefinitionsPart().getContents().getStyle();
      Set<String> ids = styles.stream().map(Style::getStyleId).collect(Collectors.toSet());
      NumberingDefinitionsPart ndp = mdp.getNumberingDefinitionsPart();
      Numbering numbering = ndp == null ? null : ndp.getContents();
      Long bullet = numId(styles, Stil.PUNKTLISTA);
      Long decimal = numId(styles, Stil.NUMRERAD_LISTA);
      return new ReferenceDoc(bytes, Set.copyOf(ids), numbering == null ? null : bullet,
          numbering == null || decimal == null ? null : abstractOf(numbering, decimal));
    } catch (Docx4JException | RuntimeException e) {
      throw new RenderException("kunde inte läsa referensdokumentet " + NAME + ": "
          + e.getMessage(), e);
    }
  }

  static WordprocessingMLPackage open(byte[] bytes) throws Docx4JException {
    return WordprocessingMLPackage.load(new ByteArrayInputStream(bytes));
  }

  /** A fresh package to render into: the reference, loaded from the cached bytes. */
  WordprocessingMLPackage open() throws Docx4JException {
    return open(bytes);
  }

  /** The contract styles this reference lacks (a board may have deleted one in Word). */
  List<String> missingStyles() {
    return Stil.ALLA.stream().filter(id -> !styleIds.contains(id)).toList();
  }

  private static Long numId(List<Style> styles, String styleId) {
    return styles.stream()
        .filter(s -> styleId.equals(s.getStyleId()) && s.getPPr() != null
            && s.getPPr().getNumPr() != null && s.getPPr().getNumPr().getNumId() != null)
        .map(s -> s.getPPr().getNumPr().getNumId().getVal().longValue())
        .findFirst().orElse(null);
  }

  private static Long abstractOf(Numbering numbering, long numId) {
    return numbering.getNum().stream()
        .filter(n -> n.getNumId().equals(BigInteger.valueOf(numId)) && n.getAbstractNumId() != null)
        .map(n -> n.getAbstractNumId().getVal().longValue())
        .findFirst().orElse(null);
  }
}
