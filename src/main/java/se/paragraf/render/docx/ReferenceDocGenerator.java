package se.paragraf.render.docx;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.docx4j.XmlUtils;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.WordprocessingML.DocumentSettingsPart;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.openpackaging.parts.WordprocessingML.NumberingDefinitionsPart;
import org.docx4j.wml.Body;
import org.docx4j.wml.CTSettings;
import org.docx4j.wml.Numbering;
import org.docx4j.wml.SectPr;
import org.docx4j.wml.Styles;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.Tr;

/**
 * Writes the reference document {@code templates/referens.docx}: the styles, numbering, page setup
 * and settings of every DOCX Paragraf makes. Run once; the output is committed, and from then on a
 * board edits the styles in Word. Its sample text only shows the styles; the renderer drops it.
 *
 * <p>{@code java -cp … se.paragraf.render.docx.ReferenceDocGenerator [templates/referens.docx]}
 */
public final class ReferenceDocGenerator {
  private ReferenceDocGenerator() {}

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args.length > 0 ? args[0] : "templates/referens.docx");
    Files.write(out, generate());
    System.out.println("Skrev " + out);
  }

  static byte[] generate() throws Exception {
    WordprocessingMLPackage pkg = WordprocessingMLPackage.createPackage();
    MainDocumentPart mdp = pkg.getMainDocumentPart();
    mdp.getStyleDefinitionsPart().setJaxbElement(
        (Styles) XmlUtils.unmarshalString(ReferenceStyles.styles()));
    NumberingDefinitionsPart ndp = new NumberingDefinitionsPart();
    ndp.setJaxbElement((Numbering) XmlUtils.unmarshalString(ReferenceStyles.numbering()));
    mdp.addTargetPart(ndp);
    DocumentSettingsPart dsp = mdp.getDocumentSettingsPart();
    if (dsp == null) {
      dsp = new DocumentSettingsPart();
      mdp.addTargetPart(dsp);
    }
    dsp.setJaxbElement(
        (CTSettings) XmlUtils.unwrap(XmlUtils.unmarshalString(ReferenceStyles.settings())));
    Body body = mdp.getJaxbElement().getBody();
    body.getContent().clear();
    body.getContent().addAll(samples());
    body.setSectPr(a4());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    pkg.save(bytes);
    return bytes.toByteArray();
  }

  /** A4 portrait; room at the top for the three-line header and at the bottom for the boxes. */
  static SectPr a4() {
    SectPr s = Wml.F.createSectPr();
    SectPr.PgSz size = Wml.F.createSectPrPgSz();
    size.setW(BigInteger.valueOf(11906));
    size.setH(BigInteger.valueOf(16838));
    s.setPgSz(size);
    SectPr.PgMar m = Wml.F.createSectPrPgMar();
    m.setTop(BigInteger.valueOf(1985));
    m.setBottom(BigInteger.valueOf(1701));
    m.setLeft(BigInteger.valueOf(1418));
    m.setRight(BigInteger.valueOf(1418));
    m.setHeader(BigInteger.valueOf(567));
    m.setFooter(BigInteger.valueOf(454));
    m.setGutter(BigInteger.ZERO);
    s.setPgMar(m);
    return s;
  }

  private static List<Object> samples() {
    Tbl table = Tabeller.table(Stil.TABELL, new int[] {3000, 2000}, true);
    Tr head = Tabeller.headerRow(table);
    Tabeller.cell(head, 3000, List.of(Wml.p(Stil.TABELLRUBRIK, "Tabellrubrik")));
    Tabeller.cell(head, 2000, List.of(Wml.p(Stil.TABELLRUBRIK, "Belopp")));
    Tr row = Tabeller.row(table);
    Tabeller.cell(row, 3000, List.of(Wml.p(Stil.TABELLTEXT, "Tabelltext")));
    Tabeller.cell(row, 2000, List.of(Wml.p(Stil.TABELLTEXT, "1 352 000")));
    Tbl ruta = Tabeller.table(Stil.RUTA, new int[] {6000}, false);
    Tabeller.cell(Tabeller.row(ruta), 6000, List.of(Wml.p(Stil.RUTRUBRIK, "BEVIS OM ANSLAG"),
        Wml.p(Stil.ANSLAGSRAD, "Anslagsrad\t2025-03-14"),
        Wml.p(Stil.RUTETIKETT, "Rutetikett (Justerandes sign)")));
    return List.of(
        Wml.p(Stil.ORGANISATION, "Organisation"),
        Wml.p(Stil.BREVHUVUD, "Brevhuvud: adress, organisationsnummer, telefon, e-post"),
        Wml.p(Stil.DOKUMENTTITEL, "Dokumenttitel"),
        Wml.p(Stil.UNDERTITEL, "Undertitel"),
        Wml.p(Stil.BRODTEXT, "Det här är Paragrafs referensdokument. Ändra formatmallarna i Word "
            + "(teckensnitt, storlek, avstånd, marginaler); texten här visar bara mallarna och "
            + "kommer inte med i kallelser och protokoll."),
        Wml.p(Stil.SIDHUVUD, "Sidhuvud\tPROTOKOLL\t1(7)"),
        Wml.p(Stil.ETIKETT, "Etikett"),
        Wml.p(Stil.DELTAGARE, "Deltagare, ordförande"),
        Wml.p(Stil.PARAGRAFNUMMER, "§ 583"),
        Wml.p(Stil.PARAGRAFRUBRIK, "Paragrafrubrik"),
        Wml.p(Stil.DNR, "Dnr 2025/15"),
        Wml.p(Stil.ARENDERUBRIK, "1\tÄrenderubrik i kallelsen"),
        Wml.p(Stil.DELRUBRIK, "Delrubrik"),
        Wml.p(Stil.MELLANRUBRIK, "Mellanrubrik"),
        Wml.p(Stil.BRODTEXT, "Brödtext med ", Wml.styled(Stil.HYPERLANK, "hyperlänk"), " och ",
            Wml.styled(Stil.KOD, "kod"), "."),
        Wml.p(Stil.PUNKTLISTA, "Punktlista"),
        Wml.p(Stil.LISTFORTSATTNING, "Listfortsättning"),
        Wml.p(Stil.NUMRERAD_LISTA, "Numrerad lista"),
        Wml.p(Stil.CITAT, "Citat"),
        table,
        Wml.p(Stil.BESLUTSRUBRIK, "Samordningsförbundet beslutar:"),
        Wml.p(Stil.ATT_SATS, "att\tgodkänna att-satsen"),
        Wml.p(Stil.UTDRAG_TILL, "Utdrag till: Norrby kommun"),
        Wml.p(Stil.SIGNATURRAD),
        Wml.p(Stil.UNDERSKRIFT, "Underskrift"),
        ruta,
        Wml.p(Stil.SIDFOT, "Sidfot"));
  }
}
