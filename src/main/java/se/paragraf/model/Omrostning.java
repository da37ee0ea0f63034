package se.paragraf.model;

import java.util.List;

/**
 * A roll-call vote.
 *
 * @param fraga what "ja" and "nej" stand for ("Ja för förslaget, nej för Anna Bergs yrkande"); may be
 *     null
 */
public record Omrostning(String fraga, List<Rost> roster, SourcePos pos) {
  public Omrostning {
    roster = List.copyOf(roster);
  }

  public long count(Rost.Val val) {
    return roster.stream().filter(r -> r.val() == val).count();
  }

  /** "5 ja, 2 nej, 1 avstår" */
  public String resultat() {
    return count(Rost.Val.JA) + " ja, " + count(Rost.Val.NEJ) + " nej, " + count(Rost.Val.AVSTAR)
        + " avstår";
  }
}
