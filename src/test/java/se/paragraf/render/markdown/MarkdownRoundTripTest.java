package se.paragraf.render.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.paragraf.fixtures.Fixtures;
import se.paragraf.model.DocumentKind;
import se.paragraf.model.Meeting;
import se.paragraf.model.Problem;
import se.paragraf.parse.MeetingReader;
import se.paragraf.parse.OrganFolder;
import se.paragraf.parse.Parsed;
import se.paragraf.workflow.ProtokollDraft;
import se.paragraf.workflow.SourcePositions;

/** Reading what the writer wrote gives the model back: parse(write(m)) == m, positions aside. */
class MarkdownRoundTripTest {

  private static Parsed<Meeting> reread(Meeting m) {
    return MeetingReader.parse(m.file(), m.organKey(),
        MarkdownWriter.write(m).getBytes(StandardCharsets.UTF_8));
  }

  private static void assertRoundTrip(Meeting m) {
    Parsed<Meeting> back = reread(m);
    assertNotNull(back.value(), () -> back.problems().toString());
    assertEquals(SourcePositions.cleared(m), SourcePositions.cleared(back.value()),
        MarkdownWriter.write(m));
  }

  @Test
  void fixtureKallelse() {
    assertRoundTrip(Fixtures.kallelse());
  }

  @Test
  void fixtureProtokoll() {
    assertRoundTrip(Fixtures.protokoll());
  }

  /** Escaping and layout hazards: labels, list markers, emphasis characters, HTML, tables. */
  @Test
  void hazards() {
    assertRoundTrip(Torture.protokoll());
    assertEquals(List.of("HTML-kod visas som text: <Steget>"),
        reread(Torture.protokoll()).problems().stream().map(Problem::message).toList());
  }

  static Stream<Path> examples() throws IOException {
    try (Stream<Path> s = Files.walk(Path.of("agendas"))) {
      return s.filter(p -> p.toString().endsWith(".md")).sorted().toList().stream();
    }
  }

  /** Every bundled example, as a sekreterare wrote it, survives being rewritten. */
  @ParameterizedTest
  @MethodSource("examples")
  void examples(Path file) {
    Parsed<Meeting> first = MeetingReader.read(file);
    assertFalse(first.hasFel(), () -> first.problems().toString());
    assertRoundTrip(first.value());
    assertEquals(first.problems().stream().map(Problem::message).toList(),
        reread(first.value()).problems().stream().map(Problem::message).toList());
  }

  /** What `paragraf protokoll` writes for the open Norrdal meeting reads back as drafted. */
  @Test
  void draftOfTheOpenExampleMeeting() throws Exception {
    OrganFolder folder = OrganFolder.load(Path.of("agendas/norrdal"));
    List<Meeting> meetings = folder.meetings().stream().map(Parsed::value).toList();
    List<Meeting> kallelser = meetings.stream().filter(m -> m.kind() == DocumentKind.KALLELSE)
        .toList();
    Meeting open = kallelser.stream().filter(k -> k.datum().toString().equals("2025-11-27"))
        .findFirst().orElseThrow();
    Meeting draft = ProtokollDraft.from(folder.organ().value(), open, kallelser,
        meetings.stream().filter(m -> m.kind() == DocumentKind.PROTOKOLL).toList());
    assertEquals(List.of(588, 589, 590, 591, 592, 593, 594, 595, 596, 597), draft.paragrafer());
    assertRoundTrip(draft);
  }
}
