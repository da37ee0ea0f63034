package se.paragraf.render.docx;

import java.util.List;

/**
 * The style contract with {@code templates/referens.docx}: every style ID the DOCX code names. The
 * reference document defines each one (a test checks it); a board restyles the output by editing
 * the styles in Word, never the code.
 */
public final class Stil {
  private Stil() {}

  // paragraph styles
  public static final String BRODTEXT = "Brodtext";
  public static final String DOKUMENTTITEL = "Dokumenttitel";
  public static final String UNDERTITEL = "Undertitel";
  public static final String ORGANISATION = "Organisation";
  public static final String BREVHUVUD = "Brevhuvud";
  public static final String SIDHUVUD = "Sidhuvud";
  public static final String SIDFOT = "Sidfot";
  public static final String ETIKETT = "Etikett";
  public static final String PARAGRAFNUMMER = "Paragrafnummer";
  public static final String PARAGRAFRUBRIK = "Paragrafrubrik";
  public static final String ARENDERUBRIK = "Arenderubrik";
  public static final String DELRUBRIK = "Delrubrik";
  public static final String MELLANRUBRIK = "Mellanrubrik";
  public static final String DNR = "Dnr";
  public static final String BESLUTSRUBRIK = "Beslutsrubrik";
  public static final String ATT_SATS = "AttSats";
  public static final String CITAT = "Citat";
  public static final String PUNKTLISTA = "Punktlista";
  public static final String NUMRERAD_LISTA = "Numreradlista";
  public static final String LISTFORTSATTNING = "Listfortsattning";
  public static final String TABELLTEXT = "Tabelltext";
  public static final String TABELLRUBRIK = "Tabellrubrik";
  public static final String DELTAGARE = "Deltagare";
  public static final String SIGNATURRAD = "Signaturrad";
  public static final String UNDERSKRIFT = "Underskrift";
  public static final String RUTRUBRIK = "Rutrubrik";
  public static final String RUTETIKETT = "Rutetikett";
  public static final String ANSLAGSRAD = "Anslagsrad";
  public static final String UTDRAG_TILL = "UtdragTill";
  /** An empty, low paragraph after a table: Word has no spacing below tables. */
  public static final String TABELLSLUT = "Tabellslut";

  // character styles
  public static final String HYPERLANK = "Hyperlank";
  public static final String KOD = "Kod";

  // table styles
  public static final String TABELL = "Tabell";
  public static final String LAYOUTTABELL = "Layouttabell";
  public static final String RUTA = "Ruta";

  /** Every style ID above, for the contract test and for checking an edited reference. */
  public static final List<String> ALLA = List.of(BRODTEXT, DOKUMENTTITEL, UNDERTITEL,
      ORGANISATION, BREVHUVUD, SIDHUVUD, SIDFOT, ETIKETT, PARAGRAFNUMMER, PARAGRAFRUBRIK,
      ARENDERUBRIK, DELRUBRIK, MELLANRUBRIK, DNR, BESLUTSRUBRIK, ATT_SATS, CITAT, PUNKTLISTA,
      NUMRERAD_LISTA, LISTFORTSATTNING, TABELLTEXT, TABELLRUBRIK, DELTAGARE, SIGNATURRAD,
      UNDERSKRIFT, RUTRUBRIK, RUTETIKETT, ANSLAGSRAD, UTDRAG_TILL, TABELLSLUT, HYPERLANK, KOD,
      TABELL, LAYOUTTABELL, RUTA);
}
