package se.paragraf.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.paragraf.model.Meeting;

/**
 * A CRLF copy with a BOM, and a lone-CR copy, of every spec example give exactly the model and
 * the problem positions of the LF original: line ends and the BOM never shift a position.
 */
class LineEndingTest {
  static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  static List<SpecFile.Example> examples() throws IOException {
    return ParserSpecTest.examples();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void crlfWithBomEqualsLf(SpecFile.Example e) {
    String lf = dump(e.file(), e.source().getBytes(StandardCharsets.UTF_8));
    byte[] crlf = e.source().replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
    assertNotEquals(e.source().length(), crlf.length, "the copy really differs");
    assertEquals(lf, dump(e.file(), concat(BOM, crlf)), "CRLF + BOM");
    assertEquals(lf, dump(e.file(), e.source().replace('\n', '\r')
        .getBytes(StandardCharsets.UTF_8)), "lone CR");
  }

  private static String dump(String file, byte[] content) {
    Parsed<Meeting> p = MeetingReader.parse(file, "norrdal", content);
    return ModelDump.of(p.value()) + "--\n" + ModelDump.problems(p.problems());
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
