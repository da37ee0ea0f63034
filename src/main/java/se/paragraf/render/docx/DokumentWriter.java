package se.paragraf.render.docx;

import java.util.ArrayList;
import java.util.List;
import org.docx4j.wml.SectPr;
import se.paragraf.model.Arende;
import se.paragraf.model.Document;
import se.paragraf.model.Meeting;
import se.paragraf.render.RenderException;
import se.paragraf.render.Typografi;
import se.paragraf.render.UtdragParagrafer;

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
    List<Arende> valda = UtdragParagrafer.of(doc);
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
    if (doc.referens() != null) {
      ctx.body.add(Wml.keepNext(Wml.p(Stil.BRODTEXT, "Förseglingens referens: " + doc.referens())));
    }
    int[] width = {Layout.SIGNATURE};
    var t = Tabeller.table(Stil.LAYOUTTABELL, width, false);
    Tabeller.cell(Tabeller.cantSplit(Tabeller.row(t)), width[0],
        Layout.signatur(ForstaSidan.sekreterare(doc) + ", sekreterare"));
    ctx.body.add(t);
    Sidhuvuden.attach(ctx, sect, Sidhuvuden.brevhuvud(doc),
        Sidhuvuden.lopande(doc, "PROTOKOLLSUTDRAG", true), null, null);
  }

  /** "§ 583" or "§§ 583 och 585": an utdrag's §§ need not be a range. */
  static String paragrafer(List<Arende> valda) {
    return Typografi.paragrafer(valda.stream().map(Arende::nummer).toList());
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }
}
