package se.paragraf.render.html;

/** Quotes text for a CSS string (the print header's content); nothing can close the style. */
final class CssText {
  private CssText() {}

  /** "\"Samordningsförbundet Norrdal\"": letters, digits, space and - . , as is, the rest as \hex. */
  static String string(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 8).append('"');
    s.codePoints().forEach(c -> {
      if (Character.isLetterOrDigit(c) || c == ' ' || c == '-' || c == '.' || c == ',') {
        sb.appendCodePoint(c);
      } else {
        sb.append('\\').append(Integer.toHexString(c)).append(' ');
      }
    });
    return sb.append('"').toString();
  }
}
