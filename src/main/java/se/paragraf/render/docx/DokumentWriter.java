package se.paragraf.render.docx;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.docx4j.wml.SectPr;
import se.paragraf.model.Arende;
import se.paragraf.model.Document;
import se.paragraf.model.DocumentKind;
import se.paragraf.model.Meeting;
import se.paragraf.render.RenderException;
import se.paragraf.render.Typografi;

/** The body and page furniture of each document type. */
final class DokumentWriter {
  private DokumentWriter() {}

  static void kallelse(DocxContext ctx, Document doc, SectPr sect) {
    Meeting m = doc.meeting();
    ctx.body.add(Wml.p(Stil.DOKUMENTTITEL, "KALLELSE"));
    ctx.body.add(Wml.p(Stil.UNDERTITEL, doc.organ().namn()));
    ctx.body.add(Layout.fakta(List.of(
        List.of("Tid", Typografi.tidpunkt(m.datum(), m.start(), m.slut())),
        List.of("Plats", nonNull(m.plats())),
        List.of("Sekreterare", ForstaSidan.sekreterare(doc)))));
    ArendeWriter w = new ArendeWriter(ctx, doc);
    for (Arende a : m.arenden()) {
      w.kallelsepunkt(a);
    }
    Sidhuvuden.attach(ctx, sect, Sidhuvuden.brevhuvud(doc),
        Sidhuvuden.lopande(doc, "KALLELSE", true), null, null);
  }

  static void protokoll(DocxContext ctx, Document doc, SectPr sect) {
    ForstaSidan.write(doc, ctx.body);
    ArendeWriter w = new ArendeWriter(ctx, doc);
    boolean first = true;
    for (Arende a : doc.meeting().arenden()) {
      w.paragraf(a, first);
      first = false;
    }
    List<Object> rutor = Sidhuvuden.signeringsrutor();
    Sidhuvuden.attach(ctx, sect, Sidhuvuden.lopande(doc, "PROTOKOLL", true),
        Sidhuvuden.lopande(doc, "PROTOKOLL", false), rutor, Sidhuvuden.signeringsrutor());
  }

  /** Only the chosen §§, in protokoll order, then the Utdragsbestyrkande. */
  static void utdrag(DocxContext ctx, Document doc, SectPr sect)
      throws RenderException {
    List<Arende> valda = valda(doc);
    Meeting m = doc.meeting();
    ctx.body.add(Wml.p(Stil.DOKUMENTTITEL, "PROTOKOLLSUTDRAG"));
    ctx.body.add(Wml.p(Stil.UNDERTITEL, doc.organ().namn()));
    List<List<String>> fakta = new ArrayList<>(List.of(
        List.of("Sammanträdesdatum", Typografi.iso(m.datum())),
        List.of("Paragrafer", paragrafer(valda))));
    if (m.justerat() != null) {
      fakta.add(List.of("Justerat", Typografi.iso(m.justerat())));
    }
    ctx.body.add(Layout.fakta(fakta));
    ArendeWriter w = new ArendeWriter(ctx, doc);
    for (Arende a : valda) {
      w.paragraf(a, false);
    }
    ctx.body.add(Wml.p(Stil.ETIKETT, "Utdragsbestyrkande"));
    ctx.body.add(Wml.keepNext(Wml.p(Stil.BRODTEXT, "Rätt utdraget intygar")));
    int[] width = {Layout.SIGNATURE};
    var t = Tabeller.table(Stil.LAYOUTTABELL, width, false);
    Tabeller.cell(Tabeller.cantSplit(Tabeller.row(t)), width[0],
        Layout.signatur(ForstaSidan.sekreterare(doc) + ", sekreterare"));
    ctx.body.add(t);
    Sidhuvuden.attach(ctx, sect, Sidhuvuden.brevhuvud(doc),
        Sidhuvuden.lopande(doc, "PROTOKOLLSUTDRAG", true), null, null);
  }

  /** The §§ asked for, in protokoll order; a number the protokoll lacks is an error. */
  static List<Arende> valda(Document doc) throws RenderException {
    if (doc.meeting().kind() != DocumentKind.PROTOKOLL) {
      throw new RenderException("ett protokollsutdrag kan bara göras ur ett protokoll");
    }
    if (doc.utdrag().isEmpty()) {
      throw new RenderException("utdraget anger inga paragrafer");
    }
    Map<Integer, Arende> byNr = new TreeMap<>();
    for (Arende a : doc.meeting().arenden()) {
      if (a.nummer() != null) {
        byNr.put(a.nummer(), a);
      }
    }
    List<Integer> saknas = doc.utdrag().stream().filter(n -> !byNr.containsKey(n)).toList();
    if (!saknas.isEmpty()) {
      throw new RenderException((saknas.size() == 1 ? "§ " : "§§ ")
          + saknas.stream().map(String::valueOf).reduce((x, y) -> x + ", " + y).orElse("")
          + " finns inte i protokollet från " + Typografi.iso(doc.meeting().datum()));
    }
    return byNr.values().stream().filter(a -> doc.utdrag().contains(a.nummer())).toList();
  }

  /** "§ 583" or "§§ 583, 585": an utdrag's §§ need not be a range. */
  static String paragrafer(List<Arende> valda) {
    List<String> nr = valda.stream().map(a -> String.valueOf(a.nummer())).toList();
    return (nr.size() == 1 ? "§ " : "§§ ") + String.join(", ", nr);
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }
}
