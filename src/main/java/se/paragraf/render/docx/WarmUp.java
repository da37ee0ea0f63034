package se.paragraf.render.docx;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import se.paragraf.model.Arende;
import se.paragraf.model.ArendeTyp;
import se.paragraf.model.AttSats;
import se.paragraf.model.Beslut;
import se.paragraf.model.Brevhuvud;
import se.paragraf.model.Deltagare;
import se.paragraf.model.Document;
import se.paragraf.model.DocumentKind;
import se.paragraf.model.Meeting;
import se.paragraf.model.Numrering;
import se.paragraf.model.Omrostning;
import se.paragraf.model.Organ;
import se.paragraf.model.Rost;
import se.paragraf.model.SourcePos;
import se.paragraf.model.text.Block;
import se.paragraf.model.text.Inline;

/** A small protokoll touching every writer, rendered once so class loading and JIT are done. */
final class WarmUp {
  private static final SourcePos P = SourcePos.NONE;

  private WarmUp() {}

  static Document document() {
    Organ organ = new Organ("warmup", "organ.yaml", "Organisation", "Styrelsen", "Styrelsen",
        Numrering.LOPANDE, 1, "Sekreterare", "Kansliet", null, Brevhuvud.EMPTY, List.of());
    Inline.Text t = new Inline.Text("text");
    Block para = new Block.Para(List.of(t, new Inline.Strong(List.of(t)),
        new Inline.Link("https://example.se", List.of(t))));
    List<Block> text = List.of(para,
        new Block.ListBlock(false, 1, List.of(List.of(para))),
        new Block.ListBlock(true, 1, List.of(List.of(para))),
        new Block.Table(List.of(Block.Align.LEFT), List.of(List.of(t)),
            List.of(List.of(List.of(t)))));
    Beslut beslut = new Beslut(null, List.of(new AttSats("besluta", P)), P);
    Omrostning vote = new Omrostning(null, List.of(new Rost("Namn", Rost.Val.JA, P)), P);
    Arende a = new Arende(ArendeTyp.ARENDE, 1, "Rubrik", "1/1", List.of(), text, beslut,
        List.of(), List.of(), null, vote, List.of(), List.of(), false, List.of(), null, List.of(),
        P);
    Deltagare d = Deltagare.of("Namn", P);
    Meeting m = new Meeting("warmup.md", "warmup", DocumentKind.PROTOKOLL, LocalDate.of(2025, 1, 1),
        LocalTime.NOON, null, "Plats", List.of(d), List.of(), List.of(d), List.of(d), "Namn",
        "Namn", null, null, List.of(a), P);
    return Document.of(organ, m, null);
  }
}
