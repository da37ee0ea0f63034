package se.paragraf.render.markdown;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import se.paragraf.model.Deltagare;
import se.paragraf.model.DocumentKind;
import se.paragraf.model.Meeting;
import se.paragraf.render.Typografi;

/** The YAML front matter of a meeting source, keys in the order of the README's source format. */
final class FrontMatterWriter {
  /** A plain scalar that YAML reads back as the same text in block context. */
  private static final Pattern PLAIN =
      Pattern.compile("[^-?:,\\[\\]{}#&*!|>'\"%@`\\s](?:[^#:\\n]|:(?! |$)|(?<! )#)*");

  private FrontMatterWriter() {}

  static List<String> write(Meeting m) {
    boolean protokoll = m.kind() == DocumentKind.PROTOKOLL;
    List<String> out = new ArrayList<>();
    out.add("---");
    out.add("typ: " + m.kind().label());
    value(out, "datum", m.datum());
    if (m.start() != null) {
      String tid = Typografi.klockslag(m.start())
          + (m.slut() == null ? "" : Typografi.EN_DASH + Typografi.klockslag(m.slut()));
      out.add("tid: " + tid);
    }
    value(out, "plats", m.plats());
    if (protokoll) {
      value(out, "ordförande", m.ordforande());
      list(out, "beslutande", m.beslutande().stream().map(FrontMatterWriter::withRoll).toList());
      list(out, "tjänstgörande ersättare", m.ersattare().stream()
          .map(d -> d.ersatter() == null ? d.namn() : d.namn() + " ersätter " + d.ersatter())
          .toList());
      list(out, "övriga deltagande", m.ovriga().stream().map(FrontMatterWriter::withRoll).toList());
      list(out, "justerare", m.justerare().stream().map(Deltagare::namn).toList());
    }
    value(out, "sekreterare", m.sekreterare());
    if (protokoll) {
      value(out, "justerat", m.justerat());
      value(out, "anslag uppsatt", m.anslagUppsatt());
    }
    out.add("---");
    return out;
  }

  private static String withRoll(Deltagare d) {
    return d.roll() == null || d.roll().isBlank() ? d.namn() : d.namn() + ", " + d.roll();
  }

  private static void value(List<String> out, String key, Object v) {
    if (v != null) {
      out.add(key + ": " + (v instanceof LocalDate ? v.toString() : scalar(v.toString())));
    }
  }

  /** An empty list stays as a bare key, ready for the sekreterare to fill in. */
  private static void list(List<String> out, String key, List<String> items) {
    out.add(key + ":");
    items.forEach(i -> out.add("  - " + scalar(i)));
  }

  /** Plain when safe, else double-quoted with YAML escapes. */
  static String scalar(String s) {
    if (!s.isEmpty() && s.equals(s.strip()) && PLAIN.matcher(s).matches()) {
      return s;
    }
    StringBuilder sb = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c == '\n') {
        sb.append("\\n");
      } else if (c == '\t') {
        sb.append("\\t");
      } else if (c < 0x20) {
        sb.append(String.format("\\x%02x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.append('"').toString();
  }
}
