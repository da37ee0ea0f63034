package se.paragraf.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import se.paragraf.render.Templates;
import se.paragraf.store.Database;
import se.paragraf.store.SourceKind;
import se.paragraf.web.api.Json;
import se.paragraf.web.view.ProblemList;
import se.paragraf.workflow.service.Actor;
import se.paragraf.workflow.service.Meetings;
import se.paragraf.workflow.service.Services;

/**
 * The editor's live preview without HTTP: the work of {@code POST /api/dokument/ID/forhandsgranska}
 * (check, § series, HTML, the JSON answer) on the Norrdal protokoll of 2025-11-27 in a real SQLite
 * store, as the load run drafts it. {@code same} sends one text again and again; {@code typing}
 * changes one § per call, as an editor does while the sekreterare types.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 8, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-Dfile.encoding=UTF-8", "-Xmx256m"})
public class PreviewBench {
  private Path dir;
  private Database db;
  private Meetings meetings;
  private long protokoll;
  private String text;
  private int typed;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    Path agendas = Path.of(System.getProperty("paragraf.bench.agendas", "../agendas"));
    dir = Files.createTempDirectory("paragraf-preview-bench");
    db = Database.open("jdbc:sqlite:" + dir.resolve("paragraf.db"));
    Services services = new Services(db, Templates.bundled(), Clock.systemUTC());
    services.importer().importIfEmpty(agendas, Actor.SYSTEM);
    meetings = services.meetings();
    long kallelse = db.documents().meeting("norrdal", java.time.LocalDate.of(2025, 11, 27))
        .stream().filter(d -> d.kind() == SourceKind.KALLELSE).findFirst().orElseThrow().id();
    int rev = meetings.open(kallelse).revision().number();
    services.kallelser().send(kallelse, rev, Actor.SYSTEM);
    protokoll = services.protokoll().create(kallelse, Actor.SYSTEM).id();
    text = meetings.open(protokoll).text()
        .replace("justerare:\n", "justerare:\n  - Jonas Berglund\n")
        .replace("att utse ____ till justerare", "att utse Jonas Berglund till justerare")
        .replace("att …", "att bevilja Älvsby kommun 512 000 kronor i fortsatt medfinansiering");
    Meetings.Preview p = meetings.checkAndPreview(protokoll, text, "html");
    if (p.rendered() == null || !p.checked().problems().isEmpty()) {
      throw new IllegalStateException("the drafted protokoll has problems: "
          + p.checked().problems());
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() throws Exception {
    db.close();
  }

  /** The same text on every call. */
  @Benchmark
  public byte[] same() {
    return answer(text);
  }

  /** A different word in the text on every call (one § changes, as while typing). */
  @Benchmark
  public byte[] typing() {
    typed++;
    return answer(text.replace("512 000 kronor", (512_000 + typed % 997) + " kronor"));
  }

  private byte[] answer(String t) {
    Meetings.Preview p = meetings.checkAndPreview(protokoll, t, "html");
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("html", new String(p.rendered(), StandardCharsets.UTF_8));
    m.put("problem", ProblemList.of(p.checked().problems()));
    return Json.utf8(m);
  }
}
