package se.paragraf.render.html;

import freemarker.template.TemplateModelException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import se.paragraf.model.Anslag;
import se.paragraf.model.Arende;
import se.paragraf.model.Brevhuvud;
import se.paragraf.model.Document;
import se.paragraf.model.DocumentKind;
import se.paragraf.model.DocumentType;
import se.paragraf.model.Meeting;
import se.paragraf.model.Organ;
import se.paragraf.render.RenderException;
import se.paragraf.render.Typografi;
import se.paragraf.render.UtdragParagrafer;

/**
 * Converts a {@link Document} into the template model: nested Maps and Lists of Strings, Booleans
 * and Integers, plus sanitised body markup. No model object reaches a template, so a template (or
 * text in it) cannot call Java methods.
 */
final class HtmlModel {
  private static final Pattern EPOST = Pattern.compile("[^\\s@<>\"']+@[^\\s@<>\"']+");

  private HtmlModel() {}

  /** The page's model around {@code arendeMaps}, the ärenden's (from {@link ArendeHtml}). */
  static Map<String, Object> of(Document doc, List<Map<String, Object>> arendeMaps)
      throws RenderException, TemplateModelException {
    Organ organ = doc.organ();
    Meeting m = doc.meeting();
    String ordforande = Deltagarlista.ordforande(organ, m);
    String sekreterare = m.sekreterare() == null || m.sekreterare().isBlank()
        ? organ.sekreterare() : m.sekreterare();
    List<Arende> arenden = arenden(doc);
    ModelMap model = new ModelMap()
        .put("typ", doc.type().name().toLowerCase(java.util.Locale.ROOT))
        .put("organisation", organ.organisation())
        .put("organ", organ.namn())
        .put("datum", Typografi.iso(m.datum()))
        .put("datumText", Typografi.datumUtanVeckodag(m.datum()))
        .put("tidpunkt", Typografi.tidpunkt(m.datum(), m.start(), m.slut()))
        .text("plats", m.plats())
        .text("sekreterare", sekreterare)
        .text("referens", doc.referens())
        .text("ordforande", ordforande)
        .put("brevhuvud", brevhuvud(organ))
        .put("arenden", arendeMaps)
        .put("css", new ModelMap()
            .put("organisation", CssText.string(organ.organisation()))
            .put("datum", CssText.string(Typografi.iso(m.datum())))
            .map());
    if (doc.type() != DocumentType.KALLELSE) {
      model.put("paragrafer", paragrafer(arenden))
          .text("justerat", Typografi.iso(m.justerat()))
          .put("beslutande", Deltagarlista.beslutande(organ, m))
          .put("ovriga", Deltagarlista.ovriga(organ, m))
          .put("justerare", m.justerare().stream().map(d -> d.namn()).toList())
          .put("anslag", anslag(organ, m, doc.anslag()));
    }
    return model.map();
  }

  /** The ärenden the document shows, in the order of the model's {@code arenden}. */
  static List<Arende> arenden(Document doc) throws RenderException {
    return doc.type() == DocumentType.UTDRAG ? UtdragParagrafer.of(doc) : doc.meeting().arenden();
  }

  /** "… föreslås besluta:" in a kallelse, "… beslutar:" otherwise. */
  static String fras(Document doc) {
    return doc.type() == DocumentType.KALLELSE ? doc.organ().forslagsfras()
        : doc.organ().beslutsfras();
  }

  /** "§§ 580–585" for the whole gap-free series, "§§ 583 och 585" for a selection. */
  private static String paragrafer(List<Arende> arenden) {
    return Typografi.paragrafer(arenden.stream().map(Arende::nummer).filter(n -> n != null).toList());
  }

  private static Map<String, Object> brevhuvud(Organ organ) {
    Brevhuvud b = organ.brevhuvud() == null ? Brevhuvud.EMPTY : organ.brevhuvud();
    String epost = b.epost() == null ? null : b.epost().strip();
    boolean epostOk = epost != null && EPOST.matcher(epost).matches();
    return new ModelMap()
        .text("adress", b.adress())
        .text("organisationsnummer", b.organisationsnummer())
        .text("telefon", b.telefon())
        .text("epost", epost)
        .put("epostHref", epostOk ? "mailto:" + epost : null)
        .text("webbplats", b.webbplats())
        .put("webbplatsHref", Markup.isSafeHref(b.webbplats()) ? b.webbplats().strip() : null)
        .map();
  }

  /** BEVIS OM ANSLAG: the known facts always, the dates only once the anslag exists. */
  private static Map<String, Object> anslag(Organ organ, Meeting m, Anslag a) {
    String forvaring = a != null && a.forvaringsplats() != null && !a.forvaringsplats().isBlank()
        ? a.forvaringsplats() : organ.forvaringsplats();
    ModelMap map = new ModelMap()
        .put("sammantradesdatum", Typografi.iso(m.datum()))
        .text("forvaringsplats", forvaring)
        .text("anslagstavla", organ.anslagstavla())
        .put("anslagstavlaHref",
            Markup.isSafeHref(organ.anslagstavla()) ? organ.anslagstavla().strip() : null);
    if (a != null) {
      map.text("justerat", Typografi.iso(a.justerat()))
          .text("uppsatt", Typografi.iso(a.uppsatt()))
          .text("nedtas", Typografi.iso(a.nedtas()))
          .text("sistaDagForOverklagande", Typografi.iso(a.sistaDagForOverklagande()));
    }
    return map.map();
  }
}
