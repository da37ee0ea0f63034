package se.paragraf.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.paragraf.model.Arende;
import se.paragraf.model.Meeting;
import se.paragraf.model.Numrering;
import se.paragraf.model.Organ;
import se.paragraf.model.Problem;
import se.paragraf.number.Ledger;

/**
 * The § series of one organ across its protokoll, in date order: numbers unique in the series,
 * consecutive within a protokoll and from one protokoll to the next, following the dates.
 */
final class SeriesCheck {
  private final Organ organ;
  /** § number → the earliest protokoll using it, per series (one for löpande, a year for per år). */
  private final Map<Integer, Map<Integer, Meeting>> owners = new HashMap<>();
  private final Map<Integer, Meeting> highest = new HashMap<>();
  private final Map<Integer, Integer> max = new HashMap<>();
  private final int firstYear;

  private SeriesCheck(Organ organ, int firstYear) {
    this.organ = organ;
    this.firstYear = firstYear;
  }

  static List<Problem> check(Organ organ, List<Meeting> protokoll) {
    List<Meeting> sorted = Ledger.dated(protokoll);
    if (sorted.isEmpty()) {
      return List.of();
    }
    SeriesCheck c = new SeriesCheck(organ, sorted.get(0).datum().getYear());
    List<Problem> out = new ArrayList<>();
    for (Meeting m : sorted) {
      Findings f = new Findings(m.file());
      c.meeting(m, f);
      out.addAll(f.sorted());
    }
    return out;
  }

  /** The series a protokoll belongs to: 0 for löpande, the year for per år. */
  private int series(Meeting m) {
    return organ.numrering() == Numrering.LOPANDE ? 0 : m.datum().getYear();
  }

  private void meeting(Meeting m, Findings f) {
    List<Arende> numbered = m.arenden().stream().filter(a -> a.nummer() != null).toList();
    if (numbered.isEmpty()) {
      return;
    }
    within(numbered, f);
    int s = series(m);
    Map<Integer, Meeting> used = owners.computeIfAbsent(s, k -> new HashMap<>());
    boolean duplicate = false;
    for (Arende a : numbered) {
      Meeting other = used.get(a.nummer());
      if (other != null) {
        duplicate = true;
        f.fel(a.pos(), "§ " + a.nummer() + " finns redan i protokollet från " + other.datum()
            + " (" + other.file() + ").");
      }
    }
    Arende first = numbered.get(0);
    Integer prevMax = max.get(s);
    if (prevMax == null) {
      start(m, first, f);
    } else if (first.nummer() > prevMax + 1) {
      f.fel(first.pos(), "Protokollet börjar på § " + first.nummer() + " men föregående protokoll "
          + "från " + highest.get(s).datum() + " slutade på § " + prevMax + "; det blir en lucka "
          + "(väntat § " + (prevMax + 1) + ").");
    } else if (first.nummer() <= prevMax && !duplicate) {
      f.fel(first.pos(), "Protokollet börjar på § " + first.nummer() + ", lägre än § " + prevMax
          + " i det tidigare protokollet från " + highest.get(s).datum() + "; numren ska följa "
          + "datumordningen.");
    }
    numbered.forEach(a -> used.putIfAbsent(a.nummer(), m));
    int top = numbered.stream().mapToInt(Arende::nummer).max().getAsInt();
    if (prevMax == null || top > prevMax) {
      max.put(s, top);
      highest.put(s, m);
    }
  }

  /**
   * The first protokoll of a series. The very first one known may start later than the organ's
   * first § (older protokoll can predate Paragraf): a varning. A later year of a per år series
   * must restart at the first §.
   */
  private void start(Meeting m, Arende first, Findings f) {
    int expected = organ.forstaParagraf();
    int n = first.nummer();
    boolean earliest = organ.numrering() == Numrering.LOPANDE || m.datum().getYear() == firstYear;
    if (n == expected) {
      return;
    }
    if (n < expected) {
      f.fel(first.pos(), "Protokollet börjar på § " + n + ", före seriens första § " + expected
          + " (första paragraf i organ.yaml).");
    } else if (earliest) {
      f.varning(first.pos(), "Det första protokollet börjar på § " + n + ", inte på § " + expected
          + " (första paragraf i organ.yaml). Det stämmer om äldre protokoll inte finns här.");
    } else {
      f.fel(first.pos(), "Årets första protokoll börjar på § " + n + ", men numreringen börjar om "
          + "på § " + expected + " varje år.");
    }
  }

  /** Within one protokoll: each § one more than the one before. */
  private static void within(List<Arende> numbered, Findings f) {
    for (int i = 1; i < numbered.size(); i++) {
      int prev = numbered.get(i - 1).nummer();
      Arende a = numbered.get(i);
      if (a.nummer() == prev + 1) {
        continue;
      }
      boolean seen = numbered.subList(0, i).stream().anyMatch(b -> b.nummer().equals(a.nummer()));
      if (seen) {
        f.fel(a.pos(), "§ " + a.nummer() + " förekommer redan tidigare i protokollet.");
      } else {
        f.fel(a.pos(), "§ " + a.nummer() + " följer på § " + prev + "; paragraferna i ett "
            + "protokoll ska löpa i följd utan luckor (väntat § " + (prev + 1) + ").");
      }
    }
  }
}
