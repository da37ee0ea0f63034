package se.paragraf.validate;

import java.util.List;
import se.paragraf.model.DocumentKind;
import se.paragraf.model.Meeting;
import se.paragraf.model.Organ;
import se.paragraf.model.Problem;

/**
 * Checks meeting sources against the organ register and the rules of the protokoll. Pure functions:
 * they never throw; every finding is a {@link Problem} with a Swedish message at the position of
 * the offending element, in the offending file.
 */
public final class Validator {
  private Validator() {}

  /** The problems of one kallelse or protokoll, in source order. */
  public static List<Problem> meeting(Organ organ, Meeting m) {
    try {
      Findings f = new Findings(m.file());
      if (m.kind() == DocumentKind.KALLELSE) {
        KallelseCheck.check(m, f);
      } else {
        // without a date (the reader has said so) the register cannot be asked
        if (m.datum() != null) {
          AttendanceCheck.check(organ, m, f);
          ParagrafCheck.check(organ, m, f);
        }
        ProtokollCheck.check(m, f);
      }
      PersonnummerCheck.check(m, f);
      return f.sorted();
    } catch (RuntimeException e) {
      return List.of(internal(m == null ? null : m.file(), e));
    }
  }

  /**
   * The § series across all protokoll of one organ (any order; kallelser and protokoll without a
   * readable date are ignored).
   */
  public static List<Problem> series(Organ organ, List<Meeting> protokoll) {
    try {
      return SeriesCheck.check(organ, protokoll);
    } catch (RuntimeException e) {
      return List.of(internal(organ == null ? null : organ.file(), e));
    }
  }

  /** A model the checks did not expect (a reader bug): reported, never thrown at the user. */
  private static Problem internal(String file, RuntimeException e) {
    return Problem.fel(file, se.paragraf.model.SourcePos.NONE,
        "Kontrollen kunde inte slutföras (internt fel: " + e + ").");
  }
}
