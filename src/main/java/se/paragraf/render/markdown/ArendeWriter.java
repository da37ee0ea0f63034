package se.paragraf.render.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import se.paragraf.model.Arende;
import se.paragraf.model.AttSats;
import se.paragraf.model.Beslut;
import se.paragraf.model.Deltagare;
import se.paragraf.model.Jav;
import se.paragraf.model.Reservation;
import se.paragraf.model.Rost;
import se.paragraf.model.Yrkande;
import se.paragraf.model.text.Block;

/**
 * One ärende as Markdown: its heading, the labels that describe it (Dnr, Bilaga, Jäv, Justerare,
 * Sekretess), its text, then what happened (Yrkanden, Propositionsordning, Omröstning, the
 * decision, Reservation) and where it goes (Omedelbar justering, Utdrag till). Label values are
 * written as they are: the reader takes them from the raw lines, unescaped.
 */
final class ArendeWriter {
  private final boolean protokoll;
  private final List<String> out = new ArrayList<>();

  private ArendeWriter(boolean protokoll) {
    this.protokoll = protokoll;
  }

  /** The lines of {@code a}, its delpunkter included; no blank line at either end. */
  static List<String> write(Arende a, boolean protokoll) {
    ArendeWriter w = new ArendeWriter(protokoll);
    w.arende(a, "# " + (protokoll && a.nummer() != null ? "§ " + a.nummer() + " " : ""));
    for (Arende d : a.delpunkter()) {
      w.arende(d, "## ");
    }
    return w.out;
  }

  private void arende(Arende a, String prefix) {
    if (!out.isEmpty()) {
      out.add("");
    }
    out.add(prefix + rubrik(a));
    // A Jäv line ends the label stycke; a list right after it would be read as more jäv.
    boolean javAfterText = a.justerare().isEmpty() && a.sekretess() == null && !a.jav().isEmpty()
        && !a.text().isEmpty() && a.text().get(0) instanceof Block.ListBlock;
    List<String> head = new ArrayList<>();
    line(head, "Dnr", a.dnr());
    a.bilagor().stream().filter(b -> !b.isEmpty()).forEach(b -> line(head, "Bilaga", b));
    if (!javAfterText) {
      a.jav().forEach(j -> head.add("Jäv: " + jav(j)));
    }
    if (!a.justerare().isEmpty()) {
      head.add("Justerare: " + a.justerare().stream().map(Deltagare::namn)
          .collect(Collectors.joining(", ")));
    }
    line(head, "Sekretess", a.sekretess());
    stycke(head);
    stycke(BlockWriter.blocks(a.text(), LineWrapper.WIDTH));
    if (javAfterText) {
      stycke(a.jav().stream().map(j -> "Jäv: " + jav(j)).toList());
    }
    stycke(list("Yrkanden:", a.yrkanden().stream().map(ArendeWriter::yrkande).toList()));
    if (a.propositionsordning() != null) {
      stycke(LineWrapper.wrapPlain("Propositionsordning: " + a.propositionsordning(),
          LineWrapper.WIDTH));
    }
    if (a.omrostning() != null) {
      String fraga = a.omrostning().fraga();
      List<String> lines = new ArrayList<>(LineWrapper.wrapPlain(
          fraga == null ? "Omröstning:" : "Omröstning: " + fraga, LineWrapper.WIDTH));
      a.omrostning().roster().forEach(r -> lines.add("- " + rost(r)));
      stycke(lines);
    }
    stycke(beslut(a.beslut()));
    stycke(list("Reservation:", a.reservationer().stream().map(ArendeWriter::reservation)
        .toList()));
    List<String> tail = new ArrayList<>();
    if (a.omedelbarJustering()) {
      tail.add("Omedelbar justering: ja");
    }
    if (!a.utdragTill().isEmpty()) {
      tail.add("Utdrag till: " + String.join(", ", a.utdragTill()));
    }
    stycke(tail);
  }

  /** The rubrik as heading text; an unnamed bilaga is the heading's "Se bilaga.". */
  private static String rubrik(Arende a) {
    String r = BlockWriter.heading(List.of(new se.paragraf.model.text.Inline.Text(
        a.rubrik() == null ? "" : a.rubrik())));
    if (a.bilagor().contains("")) {
      r = r + (r.endsWith(".") ? " " : ". ") + "Se bilaga.";
    }
    return r;
  }

  /** Adds a stycke after a blank line; nothing for no lines. */
  private void stycke(List<String> lines) {
    if (!lines.isEmpty()) {
      out.add("");
      out.addAll(lines);
    }
  }

  private List<String> beslut(Beslut b) {
    if (b == null) {
      return List.of();
    }
    String label = protokoll ? "Beslut:" : "Förslag:";
    List<String> lines = new ArrayList<>();
    lines.add(b.inledning() == null ? label : label + " " + oneLine(b.inledning()));
    for (AttSats s : b.attSatser()) {
      lines.add(oneLine(s.full()));
    }
    return lines;
  }

  private static List<String> list(String label, List<String> items) {
    if (items.isEmpty()) {
      return List.of();
    }
    List<String> lines = new ArrayList<>();
    lines.add(label);
    items.forEach(i -> lines.add("- " + i.replace("\n", "\n  ")));
    return lines;
  }

  private static String jav(Jav j) {
    return j.ersattAv() == null ? j.namn() : j.namn() + ", ersätts av " + j.ersattAv();
  }

  /** "Namn: text" with the att-satser on lines of their own below. */
  private static String yrkande(Yrkande y) {
    StringBuilder sb = new StringBuilder(y.namn()).append(':');
    if (y.text() != null) {
      sb.append(' ').append(oneLine(y.text()));
    }
    for (int i = 0; i < y.attSatser().size(); i++) {
      sb.append(i == 0 && y.text() == null ? " " : "\n").append(oneLine(y.attSatser().get(i)
          .full()));
    }
    return sb.toString();
  }

  private static String rost(Rost r) {
    return r.namn() + ": " + r.val().label();
  }

  private static String reservation(Reservation r) {
    return r.motivering() == null ? r.namn() : r.namn() + ": " + oneLine(r.motivering());
  }

  private static void line(List<String> lines, String label, String value) {
    if (value != null) {
      lines.add(label + ": " + oneLine(value));
    }
  }

  private static String oneLine(String s) {
    return s.replaceAll("\\s*\\R\\s*", " ");
  }
}
