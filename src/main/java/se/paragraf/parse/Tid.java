package se.paragraf.parse;

import java.time.DateTimeException;
import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A meeting's time: "09.00–15.00", "09.00-15.00", "kl. 09.00–15.00", "09:00–15:00" or a start
 * alone. {@code slut} is null for a start alone.
 */
record Tid(LocalTime start, LocalTime slut) {
  private static final Pattern FORM = Pattern.compile(
      "(?iu)(?:kl\\.?\\s*)?(\\d{1,2})[.:](\\d{2})(?:\\s*[–-]\\s*(\\d{1,2})[.:](\\d{2}))?");

  /** The time in {@code s}, or null when it has none of the forms or names no real time. */
  static Tid parse(String s) {
    Matcher m = FORM.matcher(s.strip());
    if (!m.matches()) {
      return null;
    }
    try {
      LocalTime start = time(m.group(1), m.group(2));
      LocalTime slut = m.group(3) == null ? null : time(m.group(3), m.group(4));
      return new Tid(start, slut);
    } catch (DateTimeException e) {
      return null;
    }
  }

  boolean endsBeforeStart() {
    return slut != null && !slut.isAfter(start);
  }

  /** "09.00" */
  static String format(LocalTime t) {
    return String.format("%02d.%02d", t.getHour(), t.getMinute());
  }

  private static LocalTime time(String h, String m) {
    return LocalTime.of(Integer.parseInt(h), Integer.parseInt(m));
  }
}
