package se.paragraf.validate;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import se.paragraf.model.Arende;
import se.paragraf.model.Deltagare;
import se.paragraf.model.Jav;
import se.paragraf.model.Mandat;
import se.paragraf.model.Meeting;
import se.paragraf.model.Organ;
import se.paragraf.model.Reservation;
import se.paragraf.model.Rost;
import se.paragraf.model.SourcePos;
import se.paragraf.model.Yrkande;

/**
 * Who may act in each § of a protokoll: those who took part in its decision are the beslutande,
 * less any who declared jäv, plus the ersättare who stepped in for them.
 */
final class ParagrafCheck {
  private final Organ organ;
  private final Meeting m;
  private final Beslutande beslutande;
  private final Findings f;

  private ParagrafCheck(Organ organ, Meeting m, Findings f) {
    this.organ = organ;
    this.m = m;
    this.beslutande = Beslutande.of(m);
    this.f = f;
  }

  static void check(Organ organ, Meeting m, Findings f) {
    ParagrafCheck c = new ParagrafCheck(organ, m, f);
    for (Arende a : m.arenden()) {
      String ref = ref(a);
      c.arende(a, ref);
      for (Arende d : a.delpunkter()) {
        c.arende(d, ref + " (" + d.rubrik() + ")");
      }
    }
  }

  /** "§ 583", or "ärendet Årsredovisning 2024" where the § has no number. */
  static String ref(Arende a) {
    return a.nummer() != null ? "§ " + a.nummer() : "ärendet " + a.rubrik();
  }

  private void arende(Arende a, String ref) {
    Set<String> javiga = new HashSet<>();
    Set<String> deltar = new LinkedHashSet<>(beslutande.namn());
    for (Jav j : a.jav()) {
      javiga.add(Names.key(j.namn()));
      deltar.remove(Names.key(j.namn()));
      jav(j, ref);
    }
    a.jav().stream().filter(j -> j.ersattAv() != null)
        .forEach(j -> deltar.add(Names.key(j.ersattAv())));
    Deciders d = new Deciders(javiga, deltar);
    if (a.omrostning() != null) {
      Set<String> voted = new HashSet<>();
      for (Rost r : a.omrostning().roster()) {
        if (d.check(r.namn(), r.pos(), r.namn() + " anmälde jäv i " + ref + " och får inte rösta.",
            r.namn() + " röstar i " + ref + " men är inte beslutande.")
            && !voted.add(Names.key(r.namn()))) {
          f.fel(r.pos(), r.namn() + " har redan röstat i " + ref + ".");
        }
      }
    }
    for (Yrkande y : a.yrkanden()) {
      d.check(y.namn(), y.pos(), y.namn() + " anmälde jäv i " + ref + " och kan inte yrka.",
          y.namn() + " yrkar i " + ref + " men är inte beslutande.");
    }
    for (Reservation r : a.reservationer()) {
      String head = r.namn() + " reserverar sig i " + ref + " men deltog inte i beslutet ";
      d.check(r.namn(), r.pos(), head + "(anmälde jäv).", head + "(är inte beslutande).");
    }
    for (Deltagare j : a.justerare()) {
      d.check(j.namn(), j.pos(), "Justeraren " + j.namn() + " anmälde jäv i " + ref
          + " och kan inte justera paragrafen.",
          "Justeraren " + j.namn() + " i " + ref + " står inte bland beslutande.");
    }
  }

  /** Those who declared jäv in a § and those who took part in its decision. */
  private final class Deciders {
    private final Set<String> javiga;
    private final Set<String> deltar;

    Deciders(Set<String> javiga, Set<String> deltar) {
      this.javiga = javiga;
      this.deltar = deltar;
    }

    /** True when {@code namn} took part; else reports why not and returns false. */
    boolean check(String namn, SourcePos pos, String ifJavig, String ifAbsent) {
      String who = Names.key(namn);
      if (javiga.contains(who)) {
        f.fel(pos, ifJavig);
        return false;
      }
      if (!deltar.contains(who)) {
        f.fel(pos, ifAbsent);
        return false;
      }
      return true;
    }
  }

  /** The ersättare who steps in at a jäv must be an ersättare and not already deciding. */
  private void jav(Jav j, String ref) {
    String e = j.ersattAv();
    if (e == null) {
      return;
    }
    String head = e + " ersätter " + j.namn() + " vid jävet i " + ref + " men ";
    if (beslutande.contains(e)) {
      f.fel(j.pos(), head + "är redan beslutande.");
      return;
    }
    RegisterCheck.reason(organ, e, m.datum(), Mandat.ERSATTARE).ifPresent(r -> f.fel(j.pos(),
        head + "är inte " + RegisterCheck.seat(organ, m.datum(), Mandat.ERSATTARE) + " (" + r
            + ")."));
  }
}
