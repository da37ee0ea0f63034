package se.paragraf.render.docx;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.openpackaging.parts.WordprocessingML.NumberingDefinitionsPart;
import org.docx4j.openpackaging.parts.relationships.Namespaces;
import org.docx4j.relationships.Relationship;
import org.docx4j.wml.Numbering;

/**
 * One render in progress: the package loaded from the reference, the body being written, and the
 * relationships and list numberings added on the way.
 */
final class DocxContext {
  final WordprocessingMLPackage pkg;
  final MainDocumentPart mdp;
  final ReferenceDoc ref;
  final List<Object> body = new ArrayList<>();
  private final Map<String, String> links = new HashMap<>();

  DocxContext(WordprocessingMLPackage pkg, ReferenceDoc ref) {
    this.pkg = pkg;
    this.mdp = pkg.getMainDocumentPart();
    this.ref = ref;
  }

  /** The relationship id of an external hyperlink, one per distinct target. */
  String hyperlink(String href) {
    return links.computeIfAbsent(href, h -> {
      Relationship rel = new org.docx4j.relationships.ObjectFactory().createRelationship();
      rel.setType(Namespaces.HYPERLINK);
      rel.setTarget(h);
      rel.setTargetMode("External");
      mdp.getRelationshipsPart().addRelationship(rel);
      return rel.getId();
    });
  }

  /** The bullet numbering of the reference's Punktlista style, or null. */
  Long bulletNumId() {
    return ref.bulletNumId();
  }

  /**
   * A new numbering instance for one ordered list, restarting at {@code start} on {@code level};
   * null when the reference has no decimal numbering (the list style alone then applies).
   */
  Long orderedList(int level, int start) throws Docx4JException {
    NumberingDefinitionsPart ndp = mdp.getNumberingDefinitionsPart();
    if (ref.decimalAbstractNumId() == null || ndp == null) {
      return null;
    }
    Numbering n = ndp.getContents();
    long id = n.getNum().stream().mapToLong(x -> x.getNumId().longValue()).max().orElse(0) + 1;
    Numbering.Num num = Wml.F.createNumberingNum();
    num.setNumId(BigInteger.valueOf(id));
    Numbering.Num.AbstractNumId abs = Wml.F.createNumberingNumAbstractNumId();
    abs.setVal(BigInteger.valueOf(ref.decimalAbstractNumId()));
    num.setAbstractNumId(abs);
    Numbering.Num.LvlOverride o = Wml.F.createNumberingNumLvlOverride();
    o.setIlvl(BigInteger.valueOf(level));
    Numbering.Num.LvlOverride.StartOverride so =
        Wml.F.createNumberingNumLvlOverrideStartOverride();
    so.setVal(BigInteger.valueOf(start));
    o.setStartOverride(so);
    num.getLvlOverride().add(o);
    n.getNum().add(num);
    return id;
  }
}
