package se.paragraf.render.html;

import freemarker.core.HTMLOutputFormat;
import freemarker.template.TemplateModelException;
import java.util.List;
import java.util.Map;
import se.paragraf.model.Arende;
import se.paragraf.model.ArendeTyp;
import se.paragraf.model.AttSats;
import se.paragraf.model.Beslut;
import se.paragraf.model.Deltagare;
import se.paragraf.model.Jav;
import se.paragraf.model.Omrostning;
import se.paragraf.model.Reservation;
import se.paragraf.model.Rost;
import se.paragraf.model.Yrkande;

/** Turns one {@link Arende} into plain template data; wording and layout stay in the templates. */
final class ArendeModel {
  private final String beslutsfras;
  private final String ordforande;

  /**
   * @param beslutsfras the organ's phrase for this document: "… föreslås besluta:" or "… beslutar:"
   * @param ordforande the chair's name, whose vote decides a tie; may be null
   */
  ArendeModel(String beslutsfras, String ordforande) {
    this.beslutsfras = beslutsfras;
    this.ordforande = ordforande;
  }

  /** @param niva the HTML heading level of this ärende's own heading (2 for a §, 3 below) */
  Map<String, Object> arende(Arende a, int niva) throws TemplateModelException {
    ModelMap m = new ModelMap()
        .put("typ", typ(a.typ()))
        .put("niva", niva)
        .text("id", id(a))
        .put("nummer", a.nummer() == null ? null : a.nummer().toString())
        .put("rubrik", a.rubrik() == null ? "" : a.rubrik())
        .text("dnr", a.dnr())
        .text("sekretess", a.sekretess())
        .put("bilagor", a.bilagor())
        .put("jav", a.jav().stream().map(ArendeModel::jav).toList())
        .put("yrkanden", a.yrkanden().stream().map(ArendeModel::yrkande).toList())
        .text("propositionsordning", a.propositionsordning())
        .put("omrostning", a.omrostning() == null ? null : omrostning(a.omrostning()))
        .put("beslut", a.beslut() == null ? null : beslut(a.beslut()))
        .put("reservationer", a.reservationer().stream().map(ArendeModel::reservation).toList())
        .put("justerare", a.justerare().stream().map(Deltagare::namn).toList())
        .put("omedelbarJustering", a.omedelbarJustering())
        .put("utdragTill", a.utdragTill());
    if (!a.text().isEmpty()) {
      String html = BodySanitizer.sanitize(BodyHtml.blocks(a.text(), niva + 1));
      m.put("text", HTMLOutputFormat.INSTANCE.fromMarkup(html));
    }
    List<Map<String, Object>> delpunkter = new java.util.ArrayList<>();
    for (Arende d : a.delpunkter()) {
      delpunkter.add(arende(d, niva + 1));
    }
    return m.put("delpunkter", delpunkter).map();
  }

  private static String typ(ArendeTyp t) {
    if (t == ArendeTyp.INFORMATION) {
      return "information";
    }
    if (t == ArendeTyp.OVRIGA_FRAGOR) {
      return "ovriga";
    }
    return t == ArendeTyp.DELPUNKT ? "delpunkt" : "arende";
  }

  /** A fragment id for linking: "p583" for a §, "punkt-2" for a kallelse item; null for delpunkter. */
  private static String id(Arende a) {
    if (a.typ() == ArendeTyp.DELPUNKT) {
      return null;
    }
    if (a.nummer() != null) {
      return "p" + a.nummer();
    }
    return a.typ() == ArendeTyp.INFORMATION ? "informationsarenden" : "ovriga-fragor";
  }

  private Map<String, Object> beslut(Beslut b) {
    String fras = b.inledning() == null || b.inledning().isBlank() ? beslutsfras
        : b.inledning().strip().endsWith(":") ? b.inledning().strip() : b.inledning().strip() + ":";
    return new ModelMap()
        .put("fras", fras)
        .put("attSatser", attSatser(b.attSatser()))
        .map();
  }

  private static List<String> attSatser(List<AttSats> satser) {
    return satser.stream().map(AttSats::full).toList();
  }

  private static Map<String, Object> jav(Jav j) {
    return new ModelMap().put("namn", j.namn()).text("ersattAv", j.ersattAv()).map();
  }

  private static Map<String, Object> yrkande(Yrkande y) {
    return new ModelMap()
        .put("namn", y.namn())
        .text("text", y.text())
        .put("attSatser", attSatser(y.attSatser()))
        .map();
  }

  private static Map<String, Object> reservation(Reservation r) {
    return new ModelMap().put("namn", r.namn()).text("motivering", r.motivering()).map();
  }

  private Map<String, Object> omrostning(Omrostning o) {
    List<Map<String, Object>> roster = o.roster().stream().map(r -> new ModelMap()
        .put("namn", r.namn())
        .put("val", r.val().label())
        .map()).toList();
    long ja = o.count(Rost.Val.JA);
    long nej = o.count(Rost.Val.NEJ);
    ModelMap m = new ModelMap()
        .text("fraga", o.fraga())
        .put("roster", roster)
        .put("ja", Long.toString(ja))
        .put("nej", Long.toString(nej))
        .put("avstar", Long.toString(o.count(Rost.Val.AVSTAR)))
        .put("resultat", o.resultat());
    if (ja != nej) {
      return m.put("utfall", ja > nej ? "ja" : "nej").map();
    }
    // a tie: the chair's vote decides (KL 5 kap. 57 §), if the chair voted ja or nej
    Rost.Val ordf = o.roster().stream().filter(r -> r.namn().equals(ordforande))
        .map(Rost::val).findFirst().orElse(Rost.Val.AVSTAR);
    m.put("lika", true);
    return ordf == Rost.Val.AVSTAR ? m.map() : m.put("utfall", ordf.label()).map();
  }
}
