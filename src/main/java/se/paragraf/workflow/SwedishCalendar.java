package se.paragraf.workflow;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Optional;

/**
 * Swedish public holidays (lag 1989:253 om allmänna helgdagar) and the days on which a statutory time
 * limit cannot end (lag 1930:173 om beräkning av lagstadgad tid): besides Sundays and holidays,
 * Saturdays, midsommarafton, julafton and nyårsafton.
 */
public final class SwedishCalendar {
  private SwedishCalendar() {}

  /** Easter Sunday of the Gregorian calendar (the anonymous computus, Meeus/Jones/Butcher). */
  public static LocalDate easterSunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(year, month, day);
  }

  /** The name of the allmän helgdag falling on {@code d} ("långfredagen"), or "söndag". */
  public static Optional<String> helgdag(LocalDate d) {
    String named = namedHoliday(d);
    if (named != null) {
      return Optional.of(named);
    }
    return d.getDayOfWeek() == DayOfWeek.SUNDAY ? Optional.of("söndag") : Optional.empty();
  }

  /**
   * Why a time limit ending on {@code d} moves to the next weekday (lag 1930:173): the holiday's
   * name, "söndag", "lördag", "midsommarafton", "julafton" or "nyårsafton"; empty on a workday.
   */
  public static Optional<String> ledigDag(LocalDate d) {
    Optional<String> h = helgdag(d);
    if (h.isPresent()) {
      return h;
    }
    if (d.getDayOfWeek() == DayOfWeek.SATURDAY) {
      return Optional.of("lördag");
    }
    if (d.getMonth() == Month.JUNE && d.getDayOfWeek() == DayOfWeek.FRIDAY
        && d.getDayOfMonth() >= 19 && d.getDayOfMonth() <= 25) {
      return Optional.of("midsommarafton");
    }
    if (d.getMonth() == Month.DECEMBER && d.getDayOfMonth() == 24) {
      return Optional.of("julafton");
    }
    if (d.getMonth() == Month.DECEMBER && d.getDayOfMonth() == 31) {
      return Optional.of("nyårsafton");
    }
    return Optional.empty();
  }

  public static boolean isWorkday(LocalDate d) {
    return ledigDag(d).isEmpty();
  }

  /** {@code d} itself when it is a workday, else the first workday after it. */
  public static LocalDate nextWorkday(LocalDate d) {
    LocalDate x = d;
    while (!isWorkday(x)) {
      x = x.plusDays(1);
    }
    return x;
  }

  private static String namedHoliday(LocalDate d) {
    String fixed = fixedHoliday(d.getMonth(), d.getDayOfMonth());
    if (fixed != null) {
      return fixed;
    }
    long fromEaster = d.toEpochDay() - easterSunday(d.getYear()).toEpochDay();
    if (fromEaster == -2) {
      return "långfredagen";
    } else if (fromEaster == 0) {
      return "påskdagen";
    } else if (fromEaster == 1) {
      return "annandag påsk";
    } else if (fromEaster == 39) {
      return "Kristi himmelsfärds dag";
    } else if (fromEaster == 49) {
      return "pingstdagen";
    }
    if (d.getDayOfWeek() == DayOfWeek.SATURDAY) {
      // midsommardagen: the Saturday 20–26 June; alla helgons dag: the Saturday 31 Oct–6 Nov
      if (d.getMonth() == Month.JUNE && d.getDayOfMonth() >= 20 && d.getDayOfMonth() <= 26) {
        return "midsommardagen";
      }
      if ((d.getMonth() == Month.OCTOBER && d.getDayOfMonth() == 31)
          || (d.getMonth() == Month.NOVEMBER && d.getDayOfMonth() <= 6)) {
        return "alla helgons dag";
      }
    }
    return null;
  }

  private static String fixedHoliday(Month month, int day) {
    if (month == Month.JANUARY && day == 1) {
      return "nyårsdagen";
    } else if (month == Month.JANUARY && day == 6) {
      return "trettondedag jul";
    } else if (month == Month.MAY && day == 1) {
      return "första maj";
    } else if (month == Month.JUNE && day == 6) {
      return "Sveriges nationaldag";
    } else if (month == Month.DECEMBER && day == 25) {
      return "juldagen";
    } else if (month == Month.DECEMBER && day == 26) {
      return "annandag jul";
    }
    return null;
  }
}
