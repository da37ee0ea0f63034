package se.paragraf.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Generates the benchmark's sources from the bundled example organ (agendas/norrdal): a 30-§
 * protokoll, and a batch of 100 sources (50 weekly meetings, kallelse and protokoll each) with
 * varied dates and one continuous § series, so that {@code paragraf check} finds no fel.
 *
 * <p>{@code java -cp … se.paragraf.bench.Sources AGENDAS_DIR OUT_DIR}
 */
public final class Sources {
  /** Template meetings of agendas/norrdal that have both kallelse and protokoll. */
  static final List<String> MEETINGS = List.of("2025-02-13", "2025-04-24", "2025-09-18");
  static final int FIRST_PARAGRAF = 560;
  static final int BATCH_MEETINGS = 50;
  private static final Pattern HEADING = Pattern.compile("(?m)^# § \\d+ ");

  private Sources() {}

  public static void main(String[] args) {
    Path agendas = Path.of(args.length > 0 ? args[0] : "../agendas");
    Path out = Path.of(args.length > 1 ? args[1] : "target/gen");
    write(agendas, out);
    System.out.println("Skrev " + out.resolve("protokoll30") + " och " + out.resolve("batch"));
  }

  /** Writes {@code out/protokoll30/} (organ.yaml and one 30-§ protokoll) and {@code out/batch/}. */
  public static void write(Path agendas, Path out) {
    Path norrdal = agendas.resolve("norrdal");
    String organ = organYaml(read(norrdal.resolve("organ.yaml")));
    Path p30 = out.resolve("protokoll30");
    put(p30.resolve("organ.yaml"), organ);
    put(p30.resolve(MEETINGS.get(2) + "-protokoll.md"), protokoll30(norrdal));
    Path batch = out.resolve("batch");
    put(batch.resolve("organ.yaml"), organ);
    int next = FIRST_PARAGRAF;
    LocalDate date = LocalDate.of(2025, 1, 7);
    for (int k = 0; k < BATCH_MEETINGS; k++, date = date.plusWeeks(1)) {
      String template = MEETINGS.get(k % MEETINGS.size());
      String kallelse = read(norrdal.resolve(template + "-kallelse.md"));
      String protokoll = read(norrdal.resolve(template + "-protokoll.md"));
      put(batch.resolve(date + "-kallelse.md"), redate(kallelse, date));
      Source p = Source.of(redate(protokoll, date));
      put(batch.resolve(date + "-protokoll.md"), p.frontMatter() + renumber(p.items(), next));
      next += p.items().size();
    }
  }

  /** The path of the 30-§ protokoll that {@link #write} makes under {@code out}. */
  public static Path protokoll30Path(Path out) {
    return out.resolve("protokoll30").resolve(MEETINGS.get(2) + "-protokoll.md");
  }

  /**
   * A 30-§ protokoll: the formalia and §§ of the last template meeting, the other meetings'
   * ärenden twice over, then Informationsärenden and Övriga frågor.
   */
  static String protokoll30(Path norrdal) {
    List<Source> s = MEETINGS.stream().map(d -> Source.of(read(norrdal.resolve(d + "-protokoll.md"))))
        .toList();
    Source last = s.get(2);
    List<String> items = new ArrayList<>(last.items().subList(0, last.items().size() - 2));
    for (int round = 0; round < 2; round++) {
      items.addAll(arenden(s.get(0)));
      items.addAll(arenden(s.get(1)));
    }
    items.addAll(arenden(last).subList(0, 4));
    items.addAll(last.items().subList(last.items().size() - 2, last.items().size()));
    if (items.size() != 30) {
      throw new IllegalStateException("väntade 30 §§, fick " + items.size());
    }
    return attendAll(last.frontMatter()) + renumber(items, FIRST_PARAGRAF);
  }

  /** The ärenden of a protokoll: without the three formalia §§ and the two closing ones. */
  private static List<String> arenden(Source s) {
    return s.items().subList(3, s.items().size() - 2);
  }

  /**
   * Everyone the borrowed §§ name (in jäv, yrkanden, votes) takes part: the ledamöter whose seat
   * an ersättare took, and the one who left at mid-year, join the beslutande.
   */
  private static String attendAll(String frontMatter) {
    return frontMatter
        .replace("tjänstgörande ersättare:\n  - Maria Sundqvist ersätter Stefan Åström\n",
            "tjänstgörande ersättare: []\n")
        .replace("  - Helena Wikström, ledamot\n", "  - Helena Wikström, ledamot\n"
            + "  - Stefan Åström, ledamot\n  - Lars Nyström, ledamot\n");
  }

  /** Tenure dates dropped, so every person may sit at every generated date. */
  static String organYaml(String yaml) {
    return yaml.replaceAll("(?m)^\\s*(fr\\.o\\.m\\.|t\\.o\\.m\\.):.*\\n", "");
  }

  /** Moves datum to {@code date} and justerat and anslag uppsatt by as many days. */
  static String redate(String source, LocalDate date) {
    Matcher m = Pattern.compile("(?m)^datum: (\\d{4}-\\d{2}-\\d{2})$").matcher(source);
    if (!m.find()) {
      throw new IllegalArgumentException("källan saknar datum");
    }
    long shift = ChronoUnit.DAYS.between(LocalDate.parse(m.group(1)), date);
    Matcher d = Pattern.compile("(?m)^(datum|justerat|anslag uppsatt): (\\d{4}-\\d{2}-\\d{2})$")
        .matcher(source);
    StringBuilder sb = new StringBuilder();
    while (d.find()) {
      d.appendReplacement(sb, d.group(1) + ": " + LocalDate.parse(d.group(2)).plusDays(shift));
    }
    return d.appendTail(sb).toString();
  }

  /** The items joined, their § headings numbered from {@code first} on. */
  static String renumber(List<String> items, int first) {
    StringBuilder sb = new StringBuilder();
    int n = first;
    for (String item : items) {
      sb.append(HEADING.matcher(item).replaceFirst("# § " + n++ + " "));
    }
    return sb.toString();
  }

  /** A source split into its front matter (with the blank line after it) and its § items. */
  record Source(String frontMatter, List<String> items) {
    static Source of(String text) {
      Matcher m = HEADING.matcher(text);
      List<Integer> starts = new ArrayList<>();
      while (m.find()) {
        starts.add(m.start());
      }
      if (starts.isEmpty()) {
        throw new IllegalArgumentException("källan har inga §§");
      }
      List<String> items = new ArrayList<>();
      for (int i = 0; i < starts.size(); i++) {
        String item = text.substring(starts.get(i),
            i + 1 < starts.size() ? starts.get(i + 1) : text.length());
        items.add(item.endsWith("\n\n") ? item : item.stripTrailing() + "\n\n");
      }
      return new Source(text.substring(0, starts.get(0)), items);
    }
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8).replace("\r\n", "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void put(Path p, String text) {
    try {
      Files.createDirectories(p.getParent());
      Files.writeString(p, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
