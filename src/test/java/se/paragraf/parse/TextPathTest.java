package se.paragraf.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The editor's text is read exactly as its UTF-8 bytes would be: same model, same problems. */
class TextPathTest {
  static Stream<Path> sources() throws IOException {
    Stream<Path> corpus = Files.walk(CorpusTest.CORPUS);
    Stream<Path> examples = Files.walk(Path.of("agendas"));
    return Stream.concat(corpus, examples).filter(p -> p.toString().endsWith(".md")).sorted();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sources")
  void everySourceThatIsUtf8ReadsTheSameAsText(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return; // not UTF-8: only the byte path can meet it
    }
    assertEquals(MeetingReader.parse("x/" + file.getFileName(), "x", bytes),
        MeetingReader.parse("x/" + file.getFileName(), "x", text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   \n\t ", "\uFEFF", "\uFEFF---\ntyp: kallelse\n---\n",
      "---\r\ntyp: kallelse\r\n---\r\n# Ärende\r\n", "a\ud800b", "\udc00", "\ud83d\ude00 x"})
  void edgeCasesReadTheSameAsTheirBytes(String text) {
    assertEquals(MeetingReader.parse("x/2025-01-01-kallelse.md", "x",
            text.getBytes(StandardCharsets.UTF_8)),
        MeetingReader.parse("x/2025-01-01-kallelse.md", "x", text));
  }

  @Test
  void aTextOverTwoMegabytesInUtf8IsRefusedAsTheFileWouldBe() {
    String text = "---\ntyp: kallelse\n---\n" + "å".repeat(1_100_000);
    List<String> problems = MeetingReader.parse("x/a.md", "x", text).problems().stream()
        .map(p -> p.format()).toList();
    assertTrue(problems.get(0).contains("för stor"), problems.toString());
    assertEquals(MeetingReader.parse("x/a.md", "x", text.getBytes(StandardCharsets.UTF_8))
        .problems(), MeetingReader.parse("x/a.md", "x", text).problems());
  }
}
