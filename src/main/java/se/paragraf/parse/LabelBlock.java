package se.paragraf.parse;

import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import se.paragraf.model.Beslut;
import se.paragraf.model.Deltagare;
import se.paragraf.model.Omrostning;
import se.paragraf.model.Rost;
import se.paragraf.model.SourcePos;
import se.paragraf.model.Yrkande;

/**
 * One label with the lines that belong to it (its value after the colon and the lines that
 * continue it) and, for list labels, the list below; {@link #close} stores it in the ärende.
 */
final class LabelBlock {
  private final Label label;
  private final SourcePos pos;
  private final Body at;
  private final boolean ignored;
  private final List<Line> lines = new ArrayList<>();
  private ListBlock list;

  LabelBlock(Label.Match m, Line line, Body at, boolean ignored) {
    this.label = m.label();
    this.pos = at.pos(line.offset());
    this.at = at;
    this.ignored = ignored;
    Line value = line.from(m.valueStart());
    if (!value.isEmpty()) {
      lines.add(value);
    }
  }

  Label label() {
    return label;
  }

  SourcePos pos() {
    return pos;
  }

  /** Takes a line that continues this label; false for one-line labels. */
  boolean takes(Line line) {
    if (label.value() == Label.Value.LINE) {
      return false;
    }
    lines.add(line);
    return true;
  }

  boolean takesList() {
    return label.value() == Label.Value.LIST;
  }

  void list(ListBlock l) {
    list = l;
  }

  /** A Förslag or Beslut whose att-lines have not begun yet (they may stand in the next stycke). */
  boolean awaitsAtt() {
    return label.value() == Label.Value.ATT && lines.isEmpty();
  }

  void close(ArendeDraft d) {
    if (ignored) {
      return;
    }
    switch (label) {
      case FORSLAG, BESLUT -> d.beslut = beslut();
      case DNR -> d.dnr = single();
      case BILAGA -> add(d.bilagor, single());
      case SEKRETESS -> d.sekretess = single();
      case PROPOSITIONSORDNING -> d.propositionsordning = single();
      case JUSTERARE -> d.justerare.addAll(names());
      case UTDRAG_TILL -> names().forEach(n -> d.utdragTill.add(n.namn()));
      case OMEDELBAR_JUSTERING -> d.omedelbarJustering = omedelbar();
      case JAV -> entries(d.jav, values()::jav);
      case RESERVATION -> entries(d.reservationer, values()::reservation);
      case YRKANDEN -> yrkanden(d.yrkanden);
      case OMROSTNING -> d.omrostning = omrostning();
      default -> throw new IllegalStateException(label.name());
    }
  }

  private LabelValues values() {
    return new LabelValues(at);
  }

  private Beslut beslut() {
    AttCollector att = new AttCollector(at);
    lines.forEach(att::add);
    return new Beslut(att.lead(), att.attSatser(), pos);
  }

  /** The value as one line (continuation lines joined), or null with a fel when empty. */
  private String single() {
    Line l = joined();
    if (l == null) {
      at.problems().fel(pos, "Etiketten \"" + label.display() + "\" saknar värde.");
      return null;
    }
    return l.text();
  }

  private Line joined() {
    return lines.isEmpty() ? null : join(lines);
  }

  /** Lines as one, at the first one's offset. */
  private static Line join(List<Line> lines) {
    StringBuilder sb = new StringBuilder();
    lines.forEach(l -> AttCollector.append(sb, l.text()));
    return new Line(sb.toString(), lines.get(0).offset());
  }

  private List<Deltagare> names() {
    Line l = joined();
    if (l == null) {
      single();
      return List.of();
    }
    return values().names(l);
  }

  private boolean omedelbar() {
    String v = single();
    if (v == null) {
      return false;
    }
    if (v.equalsIgnoreCase("ja") || v.equalsIgnoreCase("nej")) {
      return v.equalsIgnoreCase("ja");
    }
    at.problems().fel(at.pos(lines.get(0).offset()), "Skriv \"Omedelbar justering: ja\" "
        + "(eller nej), inte \"" + v + "\".");
    return false;
  }

  private <T> void entries(List<T> out, Function<Line, T> reader) {
    Line l = joined();
    if (l != null) {
      add(out, reader.apply(l));
    }
    for (List<Line> item : items()) {
      add(out, reader.apply(join(item)));
    }
    if (l == null && list == null) {
      at.problems().fel(pos, "Etiketten \"" + label.display() + "\" saknar namn; skriv det efter "
          + "kolonet eller som en lista på raderna under (- Namn).");
    }
  }

  private void yrkanden(List<Yrkande> out) {
    if (!lines.isEmpty()) {
      add(out, values().yrkande(lines));
    }
    for (List<Line> item : items()) {
      add(out, values().yrkande(item));
    }
    if (lines.isEmpty() && list == null) {
      at.problems().fel(pos, "Etiketten \"Yrkanden:\" saknar yrkanden; skriv ett per rad under "
          + "den: - Namn: text.");
    }
  }

  private Omrostning omrostning() {
    Line fraga = joined();
    List<Rost> roster = new ArrayList<>();
    for (List<Line> item : items()) {
      add(roster, values().rost(item.get(0)));
      if (item.size() > 1) {
        at.problems().varning(at.pos(item.get(1).offset()), "En röst är en rad (- Namn: ja, "
            + "nej eller avstår); den här raden visas inte.");
      }
    }
    if (list == null) {
      at.problems().fel(pos, "Omröstningen saknar röstlista; skriv en rad per ledamot under "
          + "etiketten: - Namn: ja, nej eller avstår.");
    }
    return new Omrostning(fraga == null ? null : fraga.text(), roster, pos);
  }

  /** The list's items as lines (their stycken joined), skipping empty items. */
  private List<List<Line>> items() {
    List<List<Line>> out = new ArrayList<>();
    if (list == null) {
      return out;
    }
    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
      List<Line> lines = new ArrayList<>();
      for (Node c = item.getFirstChild(); c != null; c = c.getNext()) {
        if (c instanceof Paragraph p) {
          lines.addAll(Line.of(p));
        } else {
          at.problems().varning(at.pos(c), "Bara text läses i listan under \"" + label.display()
              + "\"; det här visas inte.");
        }
      }
      if (!lines.isEmpty()) {
        out.add(lines);
      }
    }
    return out;
  }

  private static <T> void add(List<T> out, T value) {
    if (value != null) {
      out.add(value);
    }
  }
}
