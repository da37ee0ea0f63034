package se.paragraf.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
import org.openjdk.jmh.annotations.Warmup;
import se.paragraf.model.Document;
import se.paragraf.model.Meeting;
import se.paragraf.model.Organ;
import se.paragraf.model.Problem;
import se.paragraf.parse.MeetingReader;
import se.paragraf.parse.OrganReader;
import se.paragraf.parse.Parsed;
import se.paragraf.render.Renderer;
import se.paragraf.render.Renderers;
import se.paragraf.render.Templates;
import se.paragraf.validate.Validator;
import se.paragraf.workflow.AnslagDates;

/**
 * Warm figures for one 30-§ protokoll: rendering to HTML and to DOCX through the renderer
 * registry, and parse + validate of its source. The server runs with the JVM's default flags, so
 * do these (no C1-only, no serial GC). Warm-up: 15 × 1 s per fork is thousands of invocations
 * per benchmark (tech-notes pitfall 9 asks for ≥ 300 on 2 cores); two forks, so one JIT
 * outcome does not decide the figure.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 15, time = 1)
@Measurement(iterations = 8, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-Dfile.encoding=UTF-8"})
public class RenderBench {
  private Renderer html;
  private Renderer docx;
  private Document document;
  private Organ organ;
  private String sourceName;
  private byte[] source;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    Path out = Path.of(System.getProperty("paragraf.bench.gen", "target/gen"));
    Path agendas = Path.of(System.getProperty("paragraf.bench.agendas", "../agendas"));
    Sources.write(agendas, out);
    Path file = Sources.protokoll30Path(out);
    organ = value(OrganReader.read(file.resolveSibling("organ.yaml")));
    sourceName = file.toString();
    source = Files.readAllBytes(file);
    Meeting m = value(MeetingReader.read(file));
    if (m.arenden().size() != 30) {
      throw new IllegalStateException("expected 30 §§, got " + m.arenden().size());
    }
    document = Document.of(organ, m, AnslagDates.compute(organ, m));
    Renderers renderers = Renderers.standard(Templates.bundled());
    html = renderers.get("html");
    docx = renderers.get("docx");
  }

  private static <T> T value(Parsed<T> p) {
    List<Problem> fel = p.problems().stream().filter(Problem::isFel).toList();
    if (!fel.isEmpty() || p.value() == null) {
      throw new IllegalStateException("source has fel: " + fel);
    }
    return p.value();
  }

  @Benchmark
  public byte[] renderHtml() throws Exception {
    return html.render(document);
  }

  @Benchmark
  public byte[] renderDocx() throws Exception {
    return docx.render(document);
  }

  /** Parse the source bytes and run the per-meeting validation against the organ register. */
  @Benchmark
  public List<Problem> parseAndValidate() {
    Parsed<Meeting> p = MeetingReader.parse(sourceName, "protokoll30", source);
    return Validator.meeting(organ, p.value());
  }
}
