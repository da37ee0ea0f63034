package se.paragraf.render.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.paragraf.fixtures.ArendeBuilder;
import se.paragraf.fixtures.Fixtures;
import se.paragraf.fixtures.MeetingBuilder;
import se.paragraf.model.AttSats;
import se.paragraf.model.Beslut;
import se.paragraf.model.Document;
import se.paragraf.model.Jav;
import se.paragraf.model.Meeting;
import se.paragraf.model.Omrostning;
import se.paragraf.model.Rost;
import se.paragraf.model.SourcePos;
import se.paragraf.model.Yrkande;
import se.paragraf.model.text.Block;
import se.paragraf.render.RenderException;
import se.paragraf.workflow.ProtokollDraft;

class MarkdownWriterTest {
  private static final SourcePos P = SourcePos.NONE;

  @Test
  void kallelse() {
    Golden.assertMatches("kallelse.md", MarkdownWriter.write(Fixtures.kallelse()));
  }

  @Test
  void protokoll() {
    Golden.assertMatches("protokoll.md", MarkdownWriter.write(Fixtures.protokoll()));
  }

  /** What `paragraf protokoll` writes: the draft from the kallelse, ready to be filled in. */
  @Test
  void drafted() throws Exception {
    Meeting k = Fixtures.kallelse();
    Meeting draft = ProtokollDraft.from(Fixtures.organ(), k, List.of(k),
        List.of(MeetingBuilder.serie("2025-02-13", 560, 579)));
    Golden.assertMatches("protokoll-utkast.md", MarkdownWriter.write(draft));
  }

  /** Every escaping and layout hazard; its round trip through the reader is tested too. */
  @Test
  void hazards() {
    Golden.assertMatches("svara-fall.md", MarkdownWriter.write(Torture.protokoll()));
  }

  @Test
  void labelsInAllTheirForms() {
    Meeting m = MeetingBuilder.protokoll("2025-03-06").arende(
        ArendeBuilder.arende(590, "Hemställan om medlemsbidrag").bilaga("").dnr("2025/35")
            .sekretess("26 kap. 1 § OSL")
            .jav(new Jav("Karin Ek", "Per Öberg", P), new Jav("Maria Lund", null, P))
            .justerare(MeetingBuilder.person("Sture Andersson", 1),
                MeetingBuilder.person("Bertil Almgren", 1))
            .yrkande(new Yrkande("Maria Lund", "avslag", List.of(new AttSats("avslå", P),
                new AttSats("återremittera", P)), P))
            .omrostning(new Omrostning(null, List.of(new Rost("Bertil Almgren", Rost.Val.AVSTAR,
                P)), P))
            .beslut(new Beslut("Samordningsförbundet hemställer att medlemmarna beslutar",
                List.of(new AttSats("fastställa medlemsbidrag", P)), P))
            .reservation(new se.paragraf.model.Reservation("Maria Lund", null, P))
            .build()).build();
    Golden.assertMatches("etiketter.md", MarkdownWriter.write(m));
  }

  @Test
  void javMovesAfterTheTextWhenTheTextStartsWithAList() {
    Block list = new Block.ListBlock(false, 1, List.of(List.of(ArendeBuilder.para("punkt"))));
    Meeting m = MeetingBuilder.protokoll("2025-03-06").arende(ArendeBuilder.arende(1, "R")
        .jav(new Jav("Karin Ek", null, P)).text(list).beslut("besluta").build()).build();
    String md = MarkdownWriter.write(m);
    assertTrue(md.contains("# § 1 R\n\n- punkt\n\nJäv: Karin Ek\n\nBeslut:\natt besluta\n"), md);
  }

  @Test
  void emptyAttendanceListsStayAsKeysToFillIn() {
    Meeting m = MeetingBuilder.protokoll("2025-03-06").tid(java.time.LocalTime.of(18, 30), null)
        .sekreterare(null).build();
    assertEquals("""
        ---
        typ: protokoll
        datum: 2025-03-06
        tid: 18.30
        plats: Kommunkontoret, Storgatan 67, Norrby
        beslutande:
        tjänstgörande ersättare:
        övriga deltagande:
        justerare:
        ---
        """, MarkdownWriter.write(m));
  }

  @Test
  void rendererWritesTheUtdragsParagraferOnly() throws Exception {
    MarkdownWriter w = new MarkdownWriter();
    assertEquals("md", w.format());
    assertEquals("md", w.extension());
    String md = new String(w.render(Document.utdrag(Fixtures.organ(), Fixtures.protokoll(),
        List.of(582), Fixtures.anslag())), StandardCharsets.UTF_8);
    assertTrue(md.contains("# § 582 Årsredovisning 2024"));
    assertEquals(1, md.split("\n# ", -1).length - 1, md);
    RenderException e = assertThrows(RenderException.class, () -> w.render(Document.utdrag(
        Fixtures.organ(), Fixtures.protokoll(), List.of(999), Fixtures.anslag())));
    assertEquals("§ 999 finns inte i protokollet från 2025-03-06 (där finns §§ 580–585).",
        e.getMessage());
    String whole = new String(w.render(Document.of(Fixtures.organ(), Fixtures.protokoll(),
        null)), StandardCharsets.UTF_8);
    assertEquals(MarkdownWriter.write(Fixtures.protokoll()), whole);
  }
}
