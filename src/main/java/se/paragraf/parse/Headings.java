package se.paragraf.parse;

import com.vladsch.flexmark.ast.Heading;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.paragraf.model.ArendeTyp;
import se.paragraf.model.SourcePos;

/** Reads agenda headings: "# § 580 Rubrik", sections, "Se bilaga.". */
final class Headings {
  private static final Pattern PARAGRAF = Pattern.compile("§\\s*(\\S*)\\s*(.*)", Pattern.DOTALL);
  private static final Pattern HAS_DIGIT = Pattern.compile(".*\\d.*");
  private static final Pattern NUMBER = Pattern.compile("\\d{1,9}");
  private static final Pattern SE_BILAGA =
      Pattern.compile("(?iu)^(.*?)[\\s.]*\\bse bilaga\\.?\\s*$", Pattern.DOTALL);

  private final Body at;
  private final Inlines inlines;
  private int nextNumber = 1;

  Headings(Body at, Inlines inlines) {
    this.at = at;
    this.inlines = inlines;
  }

  /** A top-level heading ({@code #}): an ärende, or the Informationsärenden / Övriga frågor § . */
  ArendeDraft top(Heading h) {
    SourcePos textPos = at.pos(h.getText());
    String title = inlines.plain(h).strip();
    Integer nummer = null;
    Matcher m = PARAGRAF.matcher(title);
    boolean hasParagraf = m.matches();
    if (hasParagraf) {
      // "§ Information": no number given, the word belongs to the title
      title = HAS_DIGIT.matcher(m.group(1)).matches() ? m.group(2).strip() : title.substring(1).strip();
    }
    if (at.protokoll()) {
      nummer = hasParagraf ? paragraf(m.group(1), textPos) : null;
      if (!hasParagraf) {
        at.problems().fel(textPos, "Rubriken saknar paragrafnummer; skriv \"# § N Rubrik\".");
      }
    } else if (hasParagraf) {
      at.problems().fel(textPos, "En kallelse numreras automatiskt; ta bort \"§ " + m.group(1)
          + "\" ur rubriken.");
    }
    Matcher bilaga = seBilaga(title);
    boolean seBilaga = bilaga != null;
    title = seBilaga ? bilaga.group(1).strip() : title;
    if (title.isEmpty()) {
      at.problems().fel(textPos, "Rubriken saknas.");
    }
    ArendeTyp typ = section(title);
    if (!at.protokoll()) {
      nummer = typ == ArendeTyp.ARENDE ? nextNumber++ : null;
    }
    return new ArendeDraft(typ, nummer, title, seBilaga, at.pos(h));
  }

  /** A sub-item heading ({@code ##}) of a section. */
  ArendeDraft delpunkt(Heading h) {
    String title = inlines.plain(h).strip();
    Matcher bilaga = seBilaga(title);
    boolean seBilaga = bilaga != null;
    title = seBilaga ? bilaga.group(1).strip() : title;
    if (title.isEmpty()) {
      at.problems().fel(at.pos(h.getText()), "Rubriken saknas.");
    }
    return new ArendeDraft(ArendeTyp.DELPUNKT, null, title, seBilaga, at.pos(h));
  }

  /**
   * "… se bilaga" at the end of a title, or null. The pattern backtracks, so it runs only on a
   * title that ends as it must: "bilaga" (per character, as (?iu) compares), then an optional
   * full stop and spaces.
   */
  private static Matcher seBilaga(String title) {
    int end = title.length();
    while (end > 0 && " \t\n\u000B\f\r".indexOf(title.charAt(end - 1)) >= 0) {
      end--;
    }
    end -= end > 0 && title.charAt(end - 1) == '.' ? 1 : 0;
    if (end < 6 || !title.regionMatches(true, end - 6, "bilaga", 0, 6)) {
      return null;
    }
    Matcher m = SE_BILAGA.matcher(title);
    return m.matches() ? m : null;
  }

  private Integer paragraf(String number, SourcePos pos) {
    if (number.isEmpty() || !HAS_DIGIT.matcher(number).matches()) {
      at.problems().fel(pos, "Paragrafnummer saknas efter §; skriv \"# § N Rubrik\".");
      return null;
    }
    if (!NUMBER.matcher(number).matches() || Integer.parseInt(number) < 1) {
      at.problems().fel(pos, "Paragrafnumret \"" + number + "\" är inte ett positivt heltal.");
      return null;
    }
    return Integer.parseInt(number);
  }

  private static ArendeTyp section(String title) {
    String t = (title.endsWith(".") ? title.substring(0, title.length() - 1) : title)
        .strip().toLowerCase(Locale.ROOT);
    if (t.equals("informationsärenden") || t.equals("information")) {
      return ArendeTyp.INFORMATION;
    }
    return t.equals("övriga frågor") ? ArendeTyp.OVRIGA_FRAGOR : ArendeTyp.ARENDE;
  }
}
