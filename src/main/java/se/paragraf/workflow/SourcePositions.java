package se.paragraf.workflow;

import java.util.List;
import se.paragraf.model.Arende;
import se.paragraf.model.AttSats;
import se.paragraf.model.Beslut;
import se.paragraf.model.Deltagare;
import se.paragraf.model.Jav;
import se.paragraf.model.Meeting;
import se.paragraf.model.Omrostning;
import se.paragraf.model.Reservation;
import se.paragraf.model.Rost;
import se.paragraf.model.SourcePos;
import se.paragraf.model.Yrkande;

/**
 * Copies of model values with every {@link SourcePos} set to {@link SourcePos#NONE}: for a model
 * derived from another file (a drafted protokoll), whose positions would point into the wrong
 * source, and for comparing models regardless of layout.
 */
public final class SourcePositions {
  private static final SourcePos NONE = SourcePos.NONE;

  private SourcePositions() {}

  public static Meeting cleared(Meeting m) {
    return new Meeting(m.file(), m.organKey(), m.kind(), m.datum(), m.start(), m.slut(), m.plats(),
        deltagare(m.beslutande()), deltagare(m.ersattare()), deltagare(m.ovriga()),
        deltagare(m.justerare()), m.ordforande(), m.sekreterare(), m.justerat(), m.anslagUppsatt(),
        m.arenden().stream().map(SourcePositions::cleared).toList(), NONE);
  }

  public static Arende cleared(Arende a) {
    return new Arende(a.typ(), a.nummer(), a.rubrik(), a.dnr(), a.bilagor(), a.text(),
        cleared(a.beslut()),
        a.jav().stream().map(j -> new Jav(j.namn(), j.ersattAv(), NONE)).toList(),
        a.yrkanden().stream()
            .map(y -> new Yrkande(y.namn(), y.text(), attSatser(y.attSatser()), NONE)).toList(),
        a.propositionsordning(), cleared(a.omrostning()),
        a.reservationer().stream()
            .map(r -> new Reservation(r.namn(), r.motivering(), NONE)).toList(),
        deltagare(a.justerare()), a.omedelbarJustering(), a.utdragTill(), a.sekretess(),
        a.delpunkter().stream().map(SourcePositions::cleared).toList(), NONE);
  }

  private static Beslut cleared(Beslut b) {
    return b == null ? null : new Beslut(b.inledning(), attSatser(b.attSatser()), NONE);
  }

  private static Omrostning cleared(Omrostning o) {
    return o == null ? null : new Omrostning(o.fraga(),
        o.roster().stream().map(r -> new Rost(r.namn(), r.val(), NONE)).toList(), NONE);
  }

  private static List<AttSats> attSatser(List<AttSats> l) {
    return l.stream().map(s -> new AttSats(s.text(), NONE)).toList();
  }

  private static List<Deltagare> deltagare(List<Deltagare> l) {
    return l.stream().map(d -> new Deltagare(d.namn(), d.roll(), d.ersatter(), NONE)).toList();
  }
}
