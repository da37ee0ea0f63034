package se.paragraf.render.docx;

/**
 * The WordprocessingML of the generated reference document's styles, numbering and settings.
 * Built-in concepts keep Word's built-in names ("header", "Body Text") so a Swedish Word shows
 * them as "Sidhuvud", "Brödtext"; the rest carry Swedish names. Every style sets Arial and sv-SE
 * explicitly (tech-notes pitfall 5).
 */
final class ReferenceStyles {
  static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  /** A4 text width with 2.5 cm side margins, in twips. */
  static final int TEXT_WIDTH = 9070;

  private static final String FONT =
      "<w:rFonts w:ascii=\"Arial\" w:eastAsia=\"Arial\" w:hAnsi=\"Arial\" w:cs=\"Arial\"/>";
  private static final String LANG = "<w:lang w:val=\"sv-SE\" w:eastAsia=\"sv-SE\"/>";
  private static final String KEEP = "<w:keepNext/><w:keepLines/>";

  private ReferenceStyles() {}

  static String styles() {
    StringBuilder sb = new StringBuilder();
    sb.append("<w:styles xmlns:w=\"").append(W).append("\">")
        .append("<w:docDefaults><w:rPrDefault><w:rPr>").append(FONT)
        .append("<w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/>").append(LANG)
        .append("</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>")
        .append("<w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>")
        .append("</w:pPr></w:pPrDefault></w:docDefaults>");
    sb.append("<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\">")
        .append("<w:name w:val=\"Normal\"/><w:qFormat/><w:rPr>").append(FONT).append(LANG)
        .append("</w:rPr></w:style>");
    sb.append("<w:style w:type=\"character\" w:default=\"1\" "
        + "w:styleId=\"Standardstycketeckensnitt\"><w:name w:val=\"Default Paragraph Font\"/>"
        + "<w:uiPriority w:val=\"1\"/><w:semiHidden/>"
        + "</w:style>");
    sb.append("<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"Normaltabell\">"
        + "<w:name w:val=\"Normal Table\"/><w:semiHidden/><w:tblPr><w:tblInd w:w=\"0\" "
        + "w:type=\"dxa\"/>" + cellMargins(0, 108, 0, 108) + "</w:tblPr></w:style>");
    paragraphStyles(sb);
    sb.append(character(Stil.HYPERLANK, "Hyperlink",
        "<w:color w:val=\"0563C1\"/><w:u w:val=\"single\"/>"));
    sb.append(character(Stil.KOD, "Kod", "<w:rFonts w:ascii=\"Courier New\" "
        + "w:eastAsia=\"Courier New\" w:hAnsi=\"Courier New\" w:cs=\"Courier New\"/>"
        + "<w:sz w:val=\"20\"/>" + LANG));
    sb.append(table(Stil.TABELL, "Tabell", borders(4, "808080", true) + cellMargins(28, 85, 28, 85),
        "<w:tblStylePr w:type=\"firstRow\"><w:rPr><w:b/></w:rPr><w:tcPr>"
            + "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"F2F2F2\"/></w:tcPr>"
            + "</w:tblStylePr>"));
    sb.append(table(Stil.LAYOUTTABELL, "Layouttabell", cellMargins(0, 0, 0, 113), ""));
    sb.append(table(Stil.RUTA, "Ruta", borders(6, "000000", true) + cellMargins(28, 85, 28, 85),
        ""));
    return sb.append("</w:styles>").toString();
  }

  private static void paragraphStyles(StringBuilder sb) {
    sb.append(para(Stil.BRODTEXT, "Body Text", "Normal",
        "<w:spacing w:after=\"160\" w:line=\"264\" w:lineRule=\"auto\"/>", ""));
    sb.append(para(Stil.DOKUMENTTITEL, "Title", "Normal",
        KEEP + "<w:spacing w:after=\"120\"/>", "<w:b/><w:sz w:val=\"40\"/><w:szCs w:val=\"40\"/>"));
    sb.append(para(Stil.UNDERTITEL, "Subtitle", "Normal",
        KEEP + "<w:spacing w:after=\"240\"/>", "<w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/>"));
    sb.append(para(Stil.ORGANISATION, "Organisation", "Normal", "<w:spacing w:after=\"40\"/>",
        "<w:b/><w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/>"));
    sb.append(para(Stil.BREVHUVUD, "Brevhuvud", "Normal", "",
        "<w:color w:val=\"404040\"/><w:sz w:val=\"16\"/><w:szCs w:val=\"16\"/>"));
    sb.append(para(Stil.SIDHUVUD, "header", "Normal",
        "<w:tabs>" + tab("left", 5103) + tab("right", TEXT_WIDTH) + "</w:tabs>",
        "<w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/>"));
    sb.append(para(Stil.SIDFOT, "footer", "Normal", "",
        "<w:sz w:val=\"16\"/><w:szCs w:val=\"16\"/>"));
    sb.append(para(Stil.ETIKETT, "Etikett", "Normal",
        KEEP + "<w:spacing w:before=\"160\" w:after=\"40\"/>",
        "<w:b/><w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/>"));
    sb.append(para(Stil.PARAGRAFNUMMER, "Paragrafnummer", "Normal",
        KEEP + "<w:spacing w:before=\"360\" w:after=\"0\"/>",
        "<w:b/><w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/>"));
    sb.append(para(Stil.PARAGRAFRUBRIK, "Paragrafrubrik", "Normal",
        KEEP + "<w:spacing w:after=\"120\"/><w:outlineLvl w:val=\"0\"/>",
        "<w:b/><w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/>"));
    sb.append(para(Stil.ARENDERUBRIK, "Ärenderubrik", "Normal",
        KEEP + tabs("left", 567) + "<w:spacing w:before=\"360\" w:after=\"120\"/>"
            + "<w:ind w:left=\"567\" w:hanging=\"567\"/><w:outlineLvl w:val=\"0\"/>",
        "<w:b/><w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/>"));
    sb.append(para(Stil.DELRUBRIK, "Delrubrik", "Normal",
        KEEP + "<w:spacing w:before=\"240\" w:after=\"80\"/><w:outlineLvl w:val=\"1\"/>",
        "<w:b/>"));
    sb.append(para(Stil.MELLANRUBRIK, "Mellanrubrik", "Normal",
        KEEP + "<w:spacing w:before=\"200\" w:after=\"60\"/><w:outlineLvl w:val=\"2\"/>",
        "<w:b/><w:i/>"));
    sb.append(para(Stil.DNR, "Dnr", "Normal", KEEP + "<w:spacing w:after=\"160\"/>",
        "<w:color w:val=\"404040\"/><w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/>"));
    sb.append(para(Stil.BESLUTSRUBRIK, "Beslutsrubrik", "Normal",
        KEEP + "<w:spacing w:before=\"200\" w:after=\"80\"/>", "<w:b/>"));
    sb.append(para(Stil.ATT_SATS, "Att-sats", Stil.BRODTEXT,
        tabs("left", 567) + "<w:spacing w:after=\"80\"/><w:ind w:left=\"567\" w:hanging=\"567\"/>",
        ""));
    sb.append(para(Stil.CITAT, "Quote", Stil.BRODTEXT,
        "<w:ind w:left=\"567\" w:right=\"567\"/>", "<w:i/>"));
    sb.append(para(Stil.PUNKTLISTA, "List Bullet", Stil.BRODTEXT,
        "<w:numPr><w:numId w:val=\"1\"/></w:numPr><w:spacing w:after=\"60\"/>", ""));
    sb.append(para(Stil.NUMRERAD_LISTA, "List Number", Stil.BRODTEXT,
        "<w:numPr><w:numId w:val=\"2\"/></w:numPr><w:spacing w:after=\"60\"/>", ""));
    sb.append(para(Stil.LISTFORTSATTNING, "List Continue", Stil.BRODTEXT,
        "<w:spacing w:after=\"60\"/><w:ind w:left=\"360\"/>", ""));
    sb.append(para(Stil.TABELLTEXT, "Tabelltext", "Normal",
        "<w:spacing w:before=\"20\" w:after=\"20\"/>",
        "<w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/>"));
    sb.append(para(Stil.TABELLRUBRIK, "Tabellrubrik", Stil.TABELLTEXT, "<w:keepNext/>", "<w:b/>"));
    sb.append(para(Stil.DELTAGARE, "Deltagare", "Normal", "<w:spacing w:after=\"20\"/>", ""));
    sb.append(para(Stil.SIGNATURRAD, "Signaturrad", "Normal",
        "<w:keepNext/><w:pBdr><w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"1\" "
            + "w:color=\"000000\"/></w:pBdr><w:spacing w:before=\"480\" w:after=\"40\"/>",
        ""));
    sb.append(para(Stil.UNDERSKRIFT, "Underskrift", "Normal", "<w:spacing w:after=\"160\"/>",
        "<w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/>"));
    sb.append(para(Stil.RUTRUBRIK, "Rutrubrik", "Normal",
        KEEP + "<w:spacing w:before=\"60\" w:after=\"120\"/>", "<w:b/>"));
    sb.append(para(Stil.RUTETIKETT, "Rutetikett", "Normal", "",
        "<w:sz w:val=\"14\"/><w:szCs w:val=\"14\"/>"));
    sb.append(para(Stil.ANSLAGSRAD, "Anslagsrad", "Normal",
        tabs("left", 3969) + "<w:spacing w:after=\"60\"/>"
            + "<w:ind w:left=\"3969\" w:hanging=\"3969\"/>",
        "<w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/>"));
    sb.append(para(Stil.TABELLSLUT, "Tabellslut", "Normal", "<w:spacing w:after=\"0\"/>",
        "<w:sz w:val=\"12\"/><w:szCs w:val=\"12\"/>"));
    sb.append(para(Stil.UTDRAG_TILL, "Utdrag till", "Normal",
        "<w:spacing w:before=\"200\" w:after=\"120\"/>",
        "<w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/>"));
  }

  private static String tabs(String kind, int pos) {
    return "<w:tabs>" + tab(kind, pos) + "</w:tabs>";
  }

  private static String tab(String kind, int pos) {
    return "<w:tab w:val=\"" + kind + "\" w:pos=\"" + pos + "\"/>";
  }

  private static String para(String id, String name, String basedOn, String pPr, String rPr) {
    return "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"" + id + "\">"
        + "<w:name w:val=\"" + name + "\"/><w:basedOn w:val=\"" + basedOn + "\"/><w:qFormat/>"
        + (pPr.isEmpty() ? "" : "<w:pPr>" + pPr + "</w:pPr>")
        + "<w:rPr>" + FONT + rPr + LANG + "</w:rPr></w:style>";
  }

  private static String character(String id, String name, String rPr) {
    return "<w:style w:type=\"character\" w:customStyle=\"1\" w:styleId=\"" + id + "\">"
        + "<w:name w:val=\"" + name + "\"/><w:basedOn w:val=\"Standardstycketeckensnitt\"/>"
        + "<w:rPr>" + rPr + "</w:rPr></w:style>";
  }

  private static String table(String id, String name, String tblPr, String extra) {
    return "<w:style w:type=\"table\" w:customStyle=\"1\" w:styleId=\"" + id + "\">"
        + "<w:name w:val=\"" + name + "\"/><w:basedOn w:val=\"Normaltabell\"/>"
        + "<w:rPr>" + FONT + LANG + "</w:rPr><w:tblPr>" + tblPr + "</w:tblPr>" + extra
        + "</w:style>";
  }

  private static String borders(int size, String color, boolean inside) {
    StringBuilder sb = new StringBuilder("<w:tblBorders>");
    for (String side : inside
        ? new String[] {"top", "left", "bottom", "right", "insideH", "insideV"}
        : new String[] {"top", "left", "bottom", "right"}) {
      sb.append("<w:").append(side).append(" w:val=\"single\" w:sz=\"").append(size)
          .append("\" w:space=\"0\" w:color=\"").append(color).append("\"/>");
    }
    return sb.append("</w:tblBorders>").toString();
  }

  private static String cellMargins(int top, int left, int bottom, int right) {
    return "<w:tblCellMar><w:top w:w=\"" + top + "\" w:type=\"dxa\"/><w:left w:w=\"" + left
        + "\" w:type=\"dxa\"/><w:bottom w:w=\"" + bottom + "\" w:type=\"dxa\"/><w:right w:w=\""
        + right + "\" w:type=\"dxa\"/></w:tblCellMar>";
  }

  /** Bullets (num 1) and decimal numbering (num 2), four and more levels deep. */
  static String numbering() {
    String[] bullets = {"\u2022", "\u2013", "\u25aa", "\u2022"};
    String[] formats = {"decimal", "lowerLetter", "lowerRoman", "decimal"};
    String[] texts = {"%N.", "%N)", "%N.", "%N)"};
    StringBuilder sb = new StringBuilder("<w:numbering xmlns:w=\"" + W + "\">");
    sb.append("<w:abstractNum w:abstractNumId=\"1\">")
        .append("<w:multiLevelType w:val=\"hybridMultilevel\"/>");
    for (int i = 0; i < 9; i++) {
      sb.append(level(i, "bullet", bullets[i % 4]));
    }
    sb.append("</w:abstractNum><w:abstractNum w:abstractNumId=\"2\">")
        .append("<w:multiLevelType w:val=\"hybridMultilevel\"/>");
    for (int i = 0; i < 9; i++) {
      sb.append(level(i, formats[i % 4], texts[i % 4].replace("N", String.valueOf(i + 1))));
    }
    return sb.append("</w:abstractNum>")
        .append("<w:num w:numId=\"1\"><w:abstractNumId w:val=\"1\"/></w:num>")
        .append("<w:num w:numId=\"2\"><w:abstractNumId w:val=\"2\"/></w:num>")
        .append("</w:numbering>").toString();
  }

  private static String level(int ilvl, String format, String text) {
    int indent = 357 * (ilvl + 1);
    return "<w:lvl w:ilvl=\"" + ilvl + "\"><w:start w:val=\"1\"/><w:numFmt w:val=\"" + format
        + "\"/><w:lvlText w:val=\"" + text + "\"/><w:lvlJc w:val=\"left\"/><w:pPr>"
        + "<w:ind w:left=\"" + indent + "\" w:hanging=\"357\"/></w:pPr><w:rPr>" + FONT
        + "</w:rPr></w:lvl>";
  }

  /** Swedish defaults: tab stop 2.3 cm, decimal comma, Word 2013+ compatibility. */
  static String settings() {
    return "<w:settings xmlns:w=\"" + W + "\"><w:defaultTabStop w:val=\"1304\"/>"
        + "<w:hyphenationZone w:val=\"425\"/><w:characterSpacingControl w:val=\"doNotCompress\"/>"
        + "<w:compat><w:compatSetting w:name=\"compatibilityMode\" "
        + "w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>"
        + "<w:themeFontLang w:val=\"sv-SE\"/><w:decimalSymbol w:val=\",\"/>"
        + "<w:listSeparator w:val=\";\"/></w:settings>";
  }
}
