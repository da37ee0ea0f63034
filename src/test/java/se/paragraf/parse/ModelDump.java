package se.paragraf.parse;

import java.util.List;
import java.util.stream.Collectors;
import se.paragraf.model.Arende;
import se.paragraf.model.AttSats;
import se.paragraf.model.Beslut;
import se.paragraf.model.Deltagare;
import se.paragraf.model.Jav;
import se.paragraf.model.Meeting;
import se.paragraf.model.Omrostning;
import se.paragraf.model.Problem;
import se.paragraf.model.Reservation;
import se.paragraf.model.Rost;
import se.paragraf.model.SourcePos;
import se.paragraf.model.Yrkande;
import se.paragraf.model.text.Block;
import se.paragraf.model.text.Inline;

/**
 * A compact, deterministic text dump of a parsed {@link Meeting} with source positions, for spec
 * tests. Empty fields are left out; inlines are shown Markdown-like (*emph*, **strong**, `code`,
 * [text](href), ⏎ for a line break).
 */
final class ModelDump {
  private final StringBuilder sb = new StringBuilder();

  private ModelDump() {}

  static String of(Meeting m) {
    if (m == null) {
      return "(ingen modell)\n";
    }
    ModelDump d = new ModelDump();
    d.meeting(m);
    return d.sb.toString();
  }

  /** "LINE:COL: fel: message", one per line, or "(inga problem)". */
  static String problems(List<Problem> problems) {
    if (problems.isEmpty()) {
      return "(inga problem)\n";
    }
    return problems.stream().map(p -> p.pos() + ": " + p.severity().label() + ": " + p.message())
        .collect(Collectors.joining("\n", "", "\n"));
  }

  private void meeting(Meeting m) {
    line(0, m.kind().label() + " " + m.datum() + " " + m.start()
        + (m.slut() == null ? "" : "–" + m.slut()) + at(m.pos()));
    field(1, "plats", m.plats());
    field(1, "ordförande", m.ordforande());
    field(1, "sekreterare", m.sekreterare());
    field(1, "justerat", m.justerat());
    field(1, "anslag uppsatt", m.anslagUppsatt());
    people(1, "beslutande", m.beslutande());
    people(1, "ersättare", m.ersattare());
    people(1, "övrig", m.ovriga());
    people(1, "justerare", m.justerare());
    m.arenden().forEach(a -> arende(0, a));
  }

  private void arende(int depth, Arende a) {
    String nr = a.nummer() == null ? "" : " " + a.nummer();
    line(depth, a.typ().name().toLowerCase() + nr + " \"" + a.rubrik() + "\"" + at(a.pos()));
    int d = depth + 1;
    field(d, "dnr", a.dnr());
    a.bilagor().forEach(b -> line(d, "bilaga \"" + b + "\""));
    field(d, "sekretess", a.sekretess());
    if (a.omedelbarJustering()) {
      line(d, "omedelbar justering");
    }
    people(d, "justerare", a.justerare());
    a.utdragTill().forEach(u -> line(d, "utdrag till: " + u));
    a.jav().forEach(j -> jav(d, j));
    a.text().forEach(b -> block(d, "", b));
    a.yrkanden().forEach(y -> yrkande(d, y));
    field(d, "propositionsordning", a.propositionsordning());
    omrostning(d, a.omrostning());
    beslut(d, a.beslut());
    a.reservationer().forEach(r -> reservation(d, r));
    a.delpunkter().forEach(p -> arende(d, p));
  }

  private void jav(int d, Jav j) {
    line(d, "jäv: " + j.namn() + (j.ersattAv() == null ? "" : ", ersätts av " + j.ersattAv())
        + at(j.pos()));
  }

  private void yrkande(int d, Yrkande y) {
    line(d, "yrkande: " + y.namn() + (y.text() == null ? "" : ": " + y.text()) + at(y.pos()));
    atts(d + 1, y.attSatser());
  }

  private void omrostning(int d, Omrostning o) {
    if (o == null) {
      return;
    }
    line(d, "omröstning" + (o.fraga() == null ? "" : ": " + o.fraga()) + at(o.pos()));
    for (Rost r : o.roster()) {
      line(d + 1, r.namn() + ": " + r.val().label() + at(r.pos()));
    }
  }

  private void beslut(int d, Beslut b) {
    if (b == null) {
      return;
    }
    line(d, "beslut" + (b.inledning() == null ? "" : ": " + b.inledning()) + at(b.pos()));
    atts(d + 1, b.attSatser());
  }

  private void reservation(int d, Reservation r) {
    line(d, "reservation: " + r.namn() + (r.motivering() == null ? "" : ": " + r.motivering())
        + at(r.pos()));
  }

  private void atts(int d, List<AttSats> atts) {
    atts.forEach(a -> line(d, "att \"" + a.text() + "\"" + at(a.pos())));
  }

  private void people(int d, String label, List<Deltagare> people) {
    people.forEach(p -> line(d, label + ": " + p.label() + at(p.pos())));
  }

  private void block(int d, String bullet, Block b) {
    int inner = bullet.isEmpty() ? d + 1 : d + 2;
    if (b instanceof Block.Para p) {
      line(d, bullet + "stycke: " + inlines(p.inlines()));
    } else if (b instanceof Block.Subheading h) {
      line(d, bullet + "underrubrik " + h.level() + ": " + inlines(h.inlines()));
    } else if (b instanceof Block.Quote q) {
      line(d, bullet + "citat:");
      q.children().forEach(c -> block(inner, "", c));
    } else if (b instanceof Block.ListBlock l) {
      line(d, bullet + (l.ordered() ? "numrerad lista från " + l.start() : "punktlista") + ":");
      for (List<Block> item : l.items()) {
        if (item.isEmpty()) {
          line(inner, "- (tom)");
        }
        for (int i = 0; i < item.size(); i++) {
          block(inner, i == 0 ? "- " : "  ", item.get(i));
        }
      }
    } else if (b instanceof Block.Table t) {
      line(d, bullet + "tabell " + t.aligns().stream().map(a -> a.name().toLowerCase())
          .collect(Collectors.joining(",")) + ":");
      line(inner, "rubrik: " + row(t.header()));
      t.rows().forEach(r -> line(inner, "rad: " + row(r)));
    }
  }

  private static String row(List<List<Inline>> cells) {
    return cells.stream().map(ModelDump::inlines).collect(Collectors.joining(" | ", "| ", " |"));
  }

  static String inlines(List<Inline> inlines) {
    StringBuilder s = new StringBuilder();
    for (Inline i : inlines) {
      if (i instanceof Inline.Text t) {
        s.append(t.text());
      } else if (i instanceof Inline.Emph e) {
        s.append('*').append(inlines(e.children())).append('*');
      } else if (i instanceof Inline.Strong st) {
        s.append("**").append(inlines(st.children())).append("**");
      } else if (i instanceof Inline.Code c) {
        s.append('`').append(c.text()).append('`');
      } else if (i instanceof Inline.Link l) {
        s.append('[').append(inlines(l.children())).append("](").append(l.href()).append(')');
      } else if (i instanceof Inline.LineBreak) {
        s.append('⏎');
      }
    }
    return s.toString();
  }

  private void field(int d, String label, Object value) {
    if (value != null) {
      line(d, label + ": " + value);
    }
  }

  private static String at(SourcePos pos) {
    return " @" + pos;
  }

  private void line(int depth, String text) {
    sb.append("  ".repeat(depth)).append(text).append('\n');
  }
}
