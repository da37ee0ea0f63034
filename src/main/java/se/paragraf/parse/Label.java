package se.paragraf.parse;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The labels that may open a line of an ärende (README: "Labels inside an item"). */
enum Label {
  FORSLAG("Förslag", Value.ATT, "Förslag till beslut"),
  BESLUT("Beslut", Value.ATT),
  DNR("Dnr", Value.LINE),
  BILAGA("Bilaga", Value.LINE),
  JAV("Jäv", Value.LIST),
  YRKANDEN("Yrkanden", Value.LIST, "Yrkande"),
  PROPOSITIONSORDNING("Propositionsordning", Value.TEXT),
  OMROSTNING("Omröstning", Value.LIST),
  RESERVATION("Reservation", Value.LIST, "Reservationer"),
  JUSTERARE("Justerare", Value.LINE),
  OMEDELBAR_JUSTERING("Omedelbar justering", Value.LINE),
  UTDRAG_TILL("Utdrag till", Value.LINE, "Expedieras till"),
  SEKRETESS("Sekretess", Value.LINE);

  /** What follows the colon. */
  enum Value {
    /** att-lines below (Förslag, Beslut). */
    ATT,
    /** one line. */
    LINE,
    /** text that may run over several lines. */
    TEXT,
    /** a value, or a list below; its text may run over several lines. */
    LIST
  }

  /** A label found at the start of a line; {@code valueStart} is the index of its value. */
  record Match(Label label, String value, int valueStart) {}

  /** A line that starts like a label: one to three words and a colon. */
  private static final Pattern LABEL_LIKE =
      Pattern.compile("^(\\p{L}[\\p{L}.]*(?: \\p{L}[\\p{L}.]*){0,2}) ?:[ \\t]*(.*)$");

  private final String name;
  private final Value value;

  /** The name and the other spellings seen in real documents, in lower case. */
  private final java.util.Set<String> lowerCaseNames;

  Label(String name, Value value, String... aliases) {
    this.name = name;
    this.value = value;
    java.util.Set<String> names = new java.util.HashSet<>();
    names.add(name.toLowerCase(Locale.ROOT));
    for (String a : aliases) {
      names.add(a.toLowerCase(Locale.ROOT));
    }
    this.lowerCaseNames = java.util.Set.copyOf(names);
  }

  private static final Label[] ALL = values();

  private boolean named(String lowerCase) {
    return lowerCaseNames.contains(lowerCase);
  }

  /** Cheap test before the pattern (run on every line of the text): a letter first, a colon. */
  private static Matcher labelLike(String line) {
    if (line.isEmpty() || !Character.isLetter(line.codePointAt(0)) || line.indexOf(':') < 0) {
      return null;
    }
    Matcher m = LABEL_LIKE.matcher(line);
    return m.matches() ? m : null;
  }

  String display() {
    return name + ":";
  }

  Value value() {
    return value;
  }

  /** The label at the start of {@code line} (case ignored), or null. */
  static Match match(String line) {
    Matcher m = labelLike(line);
    if (m == null) {
      return null;
    }
    String word = m.group(1).toLowerCase(Locale.ROOT);
    for (Label l : ALL) {
      if (l.named(word)) {
        return new Match(l, m.group(2).strip(), m.start(2));
      }
    }
    return null;
  }

  /**
   * The label {@code line} seems to misspell ("Beslutt:", "Yrkande:", "Förslag till beslut:"), or
   * null. Short labels allow one edit, longer ones two.
   */
  static Label misspelt(String line) {
    Matcher m = labelLike(line);
    if (m == null || match(line) != null) {
      return null;
    }
    String word = m.group(1).toLowerCase(Locale.ROOT);
    for (Label l : ALL) {
      String name = l.name.toLowerCase(Locale.ROOT);
      int d = distance(word, name);
      if (d >= 1 && d <= (name.length() <= 4 ? 1 : 2) || word.startsWith(name + " ")) {
        return l;
      }
    }
    return null;
  }

  /** Levenshtein distance. */
  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
