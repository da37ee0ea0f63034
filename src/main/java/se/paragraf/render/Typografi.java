package se.paragraf.render;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/** Swedish typography shared by every renderer: dates, times, ranges and numbers. */
public final class Typografi {
  public static final Locale SV = Locale.forLanguageTag("sv-SE");
  public static final char EN_DASH = '–';

  private Typografi() {}

  /** "2014-11-28" */
  public static String iso(LocalDate d) {
    return d == null ? "" : d.toString();
  }

  /** "torsdag 5 mars 2015" (lower case, for use mid-sentence). */
  public static String datum(LocalDate d) {
    if (d == null) {
      return "";
    }
    return d.getDayOfWeek().getDisplayName(TextStyle.FULL, SV) + " " + d.getDayOfMonth() + " "
        + d.getMonth().getDisplayName(TextStyle.FULL, SV) + " " + d.getYear();
  }

  /** "Torsdag 5 mars 2015" (capitalised, to start a line). */
  public static String datumVersal(LocalDate d) {
    String s = datum(d);
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** "5 mars 2015" */
  public static String datumUtanVeckodag(LocalDate d) {
    if (d == null) {
      return "";
    }
    return d.getDayOfMonth() + " " + d.getMonth().getDisplayName(TextStyle.FULL, SV) + " "
        + d.getYear();
  }

  /** "09.00" */
  public static String klockslag(LocalTime t) {
    return t == null ? "" : twoDigits(t.getHour()) + "." + twoDigits(t.getMinute());
  }

  private static String twoDigits(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }

  /** "kl. 09.00–15.00", or "kl. 09.00" without an end. */
  public static String tid(LocalTime start, LocalTime slut) {
    if (start == null) {
      return "";
    }
    return "kl. " + klockslag(start) + (slut == null ? "" : EN_DASH + klockslag(slut));
  }

  /** "Torsdag 5 mars 2015, kl. 09.00–15.00" */
  public static String tidpunkt(LocalDate d, LocalTime start, LocalTime slut) {
    String t = tid(start, slut);
    return t.isEmpty() ? datumVersal(d) : datumVersal(d) + ", " + t;
  }

  /**
   * "§ 580" for one number, "§§ 578–586" for a run, "§§ 583 och 585" or "§§ 1–3, 7 och 9" for a
   * selection; "" for none. Duplicates are ignored and the numbers sorted.
   */
  public static String paragrafer(List<Integer> numbers) {
    List<Integer> sorted = numbers.stream().distinct().sorted().toList();
    if (sorted.isEmpty()) {
      return "";
    }
    if (sorted.size() == 1) {
      return "§ " + sorted.get(0);
    }
    List<String> runs = new java.util.ArrayList<>();
    int start = sorted.get(0);
    int prev = start;
    for (int i = 1; i <= sorted.size(); i++) {
      if (i < sorted.size() && sorted.get(i) == prev + 1) {
        prev = sorted.get(i);
        continue;
      }
      runs.add(start == prev ? Integer.toString(start) : start + "" + EN_DASH + prev);
      if (i < sorted.size()) {
        start = sorted.get(i);
        prev = start;
      }
    }
    String last = runs.remove(runs.size() - 1);
    return "§§ " + (runs.isEmpty() ? last : String.join(", ", runs) + " och " + last);
  }

  /** "578–586" or "580": the Paragrafer field of the first page (numbers are a gap-free series). */
  public static String paragrafIntervall(List<Integer> numbers) {
    if (numbers.isEmpty()) {
      return "";
    }
    int min = numbers.stream().mapToInt(Integer::intValue).min().getAsInt();
    int max = numbers.stream().mapToInt(Integer::intValue).max().getAsInt();
    return min == max ? Integer.toString(min) : min + "" + EN_DASH + max;
  }

  /** "1 352 000": a space (no-break) between thousands. */
  public static String tal(long n) {
    String digits = Long.toString(Math.abs(n));
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < digits.length(); i++) {
      if (i > 0 && (digits.length() - i) % 3 == 0) {
        sb.append('\u00a0');
      }
      sb.append(digits.charAt(i));
    }
    return (n < 0 ? "−" : "") + sb;
  }
}
