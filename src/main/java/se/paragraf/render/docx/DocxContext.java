package se.paragraf.render.docx;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.docx4j.openpackaging.parts.relationships.Namespaces;
import org.docx4j.wml.Numbering;

/**
 * One render in progress: the body being written, and the parts, relationships and list
 * numberings it adds to the reference.
 */
final class DocxContext {
  final ReferenceDoc ref;
  final List<Object> body = new ArrayList<>();
  /** Relationships of document.xml added by this render. */
  final List<Opc.Rel> rels = new ArrayList<>();
  /** New parts: zip entry name to JAXB root (Hdr, Ftr). */
  final Map<String, Object> parts = new LinkedHashMap<>();
  final Map<String, String> partTypes = new LinkedHashMap<>();
  private final Map<String, String> links = new HashMap<>();
  /** List numbering instances added to the reference's numbering part (empty: copied as is). */
  final List<Numbering.Num> numbers = new ArrayList<>();

  /** New relationship ids continue after the reference's highest "rIdN" (docx4j expects them). */
  private final int firstRelId;

  DocxContext(ReferenceDoc ref) {
    this.ref = ref;
    this.firstRelId = ref.rels().stream().map(Opc.Rel::id).filter(id -> id.matches("rId\\d+"))
        .mapToInt(id -> Integer.parseInt(id.substring(3))).max().orElse(0) + 1;
  }

  private String relId() {
    return "rId" + (firstRelId + rels.size());
  }

  /** The relationship id of an external hyperlink, one per distinct target. */
  String hyperlink(String href) {
    return links.computeIfAbsent(href, h -> {
      Opc.Rel rel = new Opc.Rel(relId(), Namespaces.HYPERLINK, h, true);
      rels.add(rel);
      return rel.id();
    });
  }

  /** Adds a part under word/ ("header1.xml") and returns its relationship id. */
  String addPart(String name, String contentType, String relType, Object jaxb) {
    Opc.Rel rel = new Opc.Rel(relId(), relType, name, false);
    rels.add(rel);
    parts.put("word/" + name, jaxb);
    partTypes.put("word/" + name, contentType);
    return rel.id();
  }

  /** The bullet numbering of the reference's Punktlista style, or null. */
  Long bulletNumId() {
    return ref.bulletNumId();
  }

  /**
   * A new numbering instance for one ordered list, restarting at {@code start} on {@code level};
   * null when the reference has no decimal numbering (the list style alone then applies).
   */
  Long orderedList(int level, int start) {
    if (ref.decimalAbstractNumId() == null || ref.numbering() == null) {
      return null;
    }
    long id = ref.maxNumId() + numbers.size() + 1;
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
    numbers.add(num);
    return id;
  }
}
