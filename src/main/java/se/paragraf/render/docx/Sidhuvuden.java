package se.paragraf.render.docx;

import static se.paragraf.render.docx.Wml.F;

import java.util.ArrayList;
import java.util.List;
import org.docx4j.openpackaging.contenttype.ContentTypes;
import org.docx4j.openpackaging.parts.relationships.Namespaces;
import org.docx4j.wml.BooleanDefaultTrue;
import org.docx4j.wml.FooterReference;
import org.docx4j.wml.Ftr;
import org.docx4j.wml.Hdr;
import org.docx4j.wml.HdrFtrRef;
import org.docx4j.wml.HeaderReference;
import org.docx4j.wml.SectPr;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.Tr;
import se.paragraf.model.Brevhuvud;
import se.paragraf.model.Document;
import se.paragraf.render.Typografi;

/**
 * Page headers and footers. A different first page uses {@code titlePg} with its own header
 * (pitfall 6); page numbers are complex PAGE and NUMPAGES fields.
 */
final class Sidhuvuden {
  private Sidhuvuden() {}

  /**
   * "‹Organisation› ⇥ PROTOKOLL ⇥ 1(7)" over "‹Organ› ⇥ Sammanträdesdatum 2025-03-06"; without
   * {@code total} the page number stands alone ("2").
   */
  static List<Object> lopande(Document doc, String typ, boolean total) {
    List<Object> first = new ArrayList<>(List.of(Wml.b(doc.organ().organisation()), Wml.r("\t"),
        Wml.b(typ), Wml.r("\t")));
    first.addAll(Wml.field("PAGE", "1"));
    if (total) {
      first.add(Wml.r("("));
      first.addAll(Wml.field("NUMPAGES", "1"));
      first.add(Wml.r(")"));
    }
    return List.of(Wml.p(Stil.SIDHUVUD, first.toArray()), Wml.p(Stil.SIDHUVUD,
        doc.organ().namn() + "\tSammanträdesdatum " + Typografi.iso(doc.meeting().datum())));
  }

  /** The letterhead: organisation, address, and the contact fields that are set. */
  static List<Object> brevhuvud(Document doc) {
    Brevhuvud b = doc.organ().brevhuvud() == null ? Brevhuvud.EMPTY : doc.organ().brevhuvud();
    List<Object> out = new ArrayList<>();
    out.add(Wml.p(Stil.ORGANISATION, doc.organ().organisation()));
    if (set(b.adress())) {
      out.add(Wml.p(Stil.BREVHUVUD, b.adress()));
    }
    List<String> kontakt = new ArrayList<>();
    if (set(b.organisationsnummer())) {
      kontakt.add("Org.nr " + b.organisationsnummer());
    }
    if (set(b.telefon())) {
      kontakt.add("Tfn " + b.telefon());
    }
    if (set(b.epost())) {
      kontakt.add(b.epost());
    }
    if (set(b.webbplats())) {
      kontakt.add(b.webbplats().replaceFirst("^https?://", ""));
    }
    if (!kontakt.isEmpty()) {
      out.add(Wml.p(Stil.BREVHUVUD, String.join(" · ", kontakt)));
    }
    return out;
  }

  /** The protokoll footer on every page: boxes for "Justerandes sign" and "Utdragsbestyrkande". */
  static List<Object> signeringsrutor() {
    int[] widths = {2268, 2268};
    Tbl t = Tabeller.alignRight(Tabeller.table(Stil.RUTA, widths, false));
    Tr tr = Tabeller.minHeight(Tabeller.row(t), 680);
    Tabeller.cell(tr, widths[0], List.of(Wml.p(Stil.RUTETIKETT, "Justerandes sign")));
    Tabeller.cell(tr, widths[1], List.of(Wml.p(Stil.RUTETIKETT, "Utdragsbestyrkande")));
    return List.of(t, Wml.p(Stil.SIDFOT));
  }

  /**
   * Adds the headers and footers to the section; a null first header or footer means the first
   * page is like the others (no {@code titlePg}), a null footer means none.
   */
  static void attach(DocxContext ctx, SectPr sect, List<Object> firstHeader,
      List<Object> header, List<Object> firstFooter, List<Object> footer) {
    boolean titlePg = firstHeader != null || firstFooter != null;
    sect.setTitlePg(titlePg ? new BooleanDefaultTrue() : null);
    if (titlePg) {
      sect.getEGHdrFtrReferences().add(header(ctx, "header1.xml", HdrFtrRef.FIRST,
          firstHeader == null ? List.of() : firstHeader));
    }
    sect.getEGHdrFtrReferences().add(header(ctx, "header2.xml", HdrFtrRef.DEFAULT, header));
    if (firstFooter != null) {
      sect.getEGHdrFtrReferences().add(footer(ctx, "footer1.xml", HdrFtrRef.FIRST,
          firstFooter));
    }
    if (footer != null) {
      sect.getEGHdrFtrReferences().add(footer(ctx, "footer2.xml", HdrFtrRef.DEFAULT, footer));
    }
  }

  private static HeaderReference header(DocxContext ctx, String name, HdrFtrRef type,
      List<Object> content) {
    Hdr hdr = F.createHdr();
    hdr.getContent().addAll(content.isEmpty() ? List.of(Wml.p(Stil.SIDHUVUD)) : content);
    HeaderReference ref = F.createHeaderReference();
    ref.setId(ctx.addPart(name, ContentTypes.WORDPROCESSINGML_HEADER, Namespaces.HEADER, hdr));
    ref.setType(type);
    return ref;
  }

  private static FooterReference footer(DocxContext ctx, String name, HdrFtrRef type,
      List<Object> content) {
    Ftr ftr = F.createFtr();
    ftr.getContent().addAll(content);
    FooterReference ref = F.createFooterReference();
    ref.setId(ctx.addPart(name, ContentTypes.WORDPROCESSINGML_FOOTER, Namespaces.FOOTER, ftr));
    ref.setType(type);
    return ref;
  }

  private static boolean set(String s) {
    return s != null && !s.isBlank();
  }
}
