package se.paragraf.render.docx;

import java.util.List;
import se.paragraf.fixtures.Fixtures;
import se.paragraf.model.Arende;
import se.paragraf.model.ArendeTyp;
import se.paragraf.model.AttSats;
import se.paragraf.model.Beslut;
import se.paragraf.model.Document;
import se.paragraf.model.Meeting;
import se.paragraf.model.SourcePos;
import se.paragraf.model.text.Block;
import se.paragraf.model.text.Inline;

/** A protokoll with one § that uses every kind of body text the model has. */
final class BodyFixture {
  private static final SourcePos P = SourcePos.NONE;

  private BodyFixture() {}

  static Inline.Text t(String s) {
    return new Inline.Text(s);
  }

  static Block.Para para(Inline... inlines) {
    return new Block.Para(List.of(inlines));
  }

  static Arende paragraf() {
    List<Block> text = List.of(
        new Block.Subheading(3, List.of(t("Bakgrund"))),
        para(t("Vanlig "), new Inline.Emph(List.of(t("kursiv "),
            new Inline.Strong(List.of(t("fet kursiv"))))), t(" och "), new Inline.Code("kod()"),
            new Inline.LineBreak(), t("ny rad, "),
            new Inline.Link("javascript:alert(1)", List.of(t("ingen länk"))), t(", "),
            new Inline.Link("mailto:kansli@norrdal.se", List.of(t("e-post"))), t(".")),
        new Block.ListBlock(true, 3, List.of(
            List.of(para(t("tredje punkten")), para(t("fortsättning i samma punkt"))),
            List.of(para(t("fjärde punkten")), new Block.ListBlock(false, 1, List.of(
                List.of(para(t("underpunkt"))),
                List.of(para(t("underpunkt två")))))))),
        new Block.ListBlock(true, 1, List.of(List.of(para(t("ny lista börjar om"))))),
        new Block.Quote(List.of(para(t("Ett citat ur remissvaret.")))),
        new Block.Table(List.of(Block.Align.LEFT, Block.Align.CENTER, Block.Align.RIGHT),
            List.of(), List.of(
                List.of(List.of(t("Insats")), List.of(t("Ja")), List.of(t("12 000"))),
                List.of(List.of(t("En mycket lång beskrivning av en insats som behöver flera "
                    + "rader i en smal kolumn för att få plats i tabellen")),
                    List.of(t("Nej")), List.of(t("1 352 000"))))));
    Beslut hemstallan = new Beslut("Kommunstyrelsen hemställer att kommunfullmäktige beslutar",
        List.of(new AttSats("anta förslaget", P)), P);
    return new Arende(ArendeTyp.ARENDE, 590, "Ärende med all slags brödtext", "2025/99",
        List.of(""), text, hemstallan, List.of(), List.of(), null, null, List.of(), List.of(),
        false, List.of(), "26 kap. 1 § OSL", List.of(), P);
  }

  static Document document() {
    Meeting m = Fixtures.protokoll().withArenden(List.of(paragraf()));
    return Document.of(Fixtures.organ(), m, null);
  }
}
