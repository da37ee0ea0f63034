package se.paragraf.render.markdown;

import java.util.List;
import se.paragraf.fixtures.ArendeBuilder;
import se.paragraf.fixtures.MeetingBuilder;
import se.paragraf.model.AttSats;
import se.paragraf.model.Beslut;
import se.paragraf.model.Deltagare;
import se.paragraf.model.Jav;
import se.paragraf.model.Meeting;
import se.paragraf.model.Omrostning;
import se.paragraf.model.Reservation;
import se.paragraf.model.Rost;
import se.paragraf.model.SourcePos;
import se.paragraf.model.Yrkande;
import se.paragraf.model.text.Block;
import se.paragraf.model.text.Inline;

/** A protokoll with every escaping and layout hazard the writer knows of, for round trips. */
final class Torture {
  private static final SourcePos P = SourcePos.NONE;

  private Torture() {}

  private static Inline.Text t(String s) {
    return new Inline.Text(s);
  }

  private static Block.Para p(Inline... i) {
    return new Block.Para(List.of(i));
  }

  private static Block.ListBlock bullets(String... items) {
    return new Block.ListBlock(false, 1, java.util.Arrays.stream(items)
        .map(s -> List.<Block>of(p(t(s)))).toList());
  }

  static Meeting protokoll() {
    String lang = "Ordföranden ställer proposition på förslaget och finner att styrelsen beslutar "
        + "enligt förslaget, varefter Beslut: fattas och - som det heter - 2024. blir året då "
        + "att-satserna skrevs om; Utdrag till: alla berörda och Omedelbar justering: nej. ";
    List<Block> text = List.of(
        p(t("Beslut: är inte en etikett här, och inte heller 2024. eller # eller - eller > här.")),
        p(t("2024. Året som gick.")),
        p(t("# Ingen rubrik")),
        p(t("- ingen lista")),
        p(t("Tecken: a*b*c, snake_case, _kant_, [1], ] och \\ och ` och <b>fet</b> & &amp; "
            + "och 3 < 5 och a | b och ~~x~~ och $x och ${x.class}.")),
        p(t((lang + lang + lang).strip())),
        p(t("Se "), new Inline.Emph(List.of(t("betonad"))), t(", "),
            new Inline.Strong(List.of(t("stark "), new Inline.Emph(List.of(t("och betonad"))))),
            t(", "), new Inline.Code("kod `med` fnutt"), t(", "),
            new Inline.Link("https://example.se/a_(b)?c=1&d=2",
                List.of(t("länk "), new Inline.Strong(List.of(t("fet"))))),
            t(" och "), new Inline.Link("mailto:kansli@norrdal.se", List.of(t("kansli@norrdal.se"))),
            t(" rad"), new Inline.LineBreak(), t("- ny rad efter radbrytning")),
        bullets("första", "andra"),
        bullets("tredje, i en ny lista"),
        new Block.ListBlock(true, 3, List.of(
            List.of(p(t("tre")), bullets("under", "under igen")),
            List.of(p(t("fyra")), p(t("fyra, andra stycket"))))),
        new Block.Table(List.of(Block.Align.LEFT, Block.Align.CENTER, Block.Align.RIGHT),
            List.of(List.of(t("Post")), List.of(t("Not")), List.of(t("Belopp (kr)"))),
            List.of(
                List.of(List.of(t("a | b")), List.of(t("–")), List.of(t("1 352 000"))),
                List.of(List.of(new Inline.Strong(List.of(t("Summa")))), List.of(t("*")),
                    List.of(t("−5 100 000"))))),
        new Block.Quote(List.of(p(t("Citat i två stycken.")), p(t("Andra stycket.")))),
        new Block.Subheading(3, List.of(t("Bakgrund #"))),
        new Block.Subheading(4, List.of(t("Djupare"))));
    return MeetingBuilder.protokoll("2025-03-06")
        .plats("Sal 3: plan 2 #obs")
        .ordforande("Bertil Almgren")
        .beslutande(new Deltagare("Bertil Almgren", "ordförande", null, P),
            new Deltagare("Maria Lund", "ledamot", null, P))
        .ersattare(new Deltagare("Sture Andersson", "ersättare", "Kenneth Andersson", P))
        .ovriga(new Deltagare("Anna-Klara Granstrand", "utvecklingsstrateg, Norrby kommun", null,
            P), new Deltagare("Per Öberg", null, null, P))
        .justerare(Deltagare.of("Maria Lund", P))
        .justerat("2025-03-13").anslagUppsatt("2025-03-14")
        .arende(
            ArendeBuilder.arende(580, "Rubrik med *stjärna*, [hak] och # tecken #")
                .dnr("2025/15").bilaga("Projektansökan").text(text.toArray(new Block[0]))
                .jav(new Jav("Karin Ek", "Per Öberg", P), new Jav("Kenneth Andersson", null, P))
                .justerare(Deltagare.of("Sture Andersson", P))
                .sekretess("26 kap. 1 § OSL")
                .yrkande(new Yrkande("Maria Lund", null, List.of(new AttSats("avslå *allt*", P),
                        new AttSats("återremittera ärendet", P)), P),
                    new Yrkande("Bertil Almgren", "bifall till förslaget", List.of(), P))
                .propositionsordning(lang.strip())
                .omrostning(new Omrostning("Ja för förslaget, nej för avslag.", List.of(
                    new Rost("Bertil Almgren", Rost.Val.JA, P),
                    new Rost("Maria Lund", Rost.Val.NEJ, P),
                    new Rost("Per Öberg", Rost.Val.AVSTAR, P)), P))
                .beslut(new Beslut("Kommunstyrelsen hemställer att kommunfullmäktige beslutar",
                    List.of(new AttSats("bevilja 1 352 000 kronor för *projektet* <Steget> & "
                        + "[annat]", P), new AttSats("delegera till ordförande att godkänna "
                        + "slutrapporten", P)), P))
                .reservation(new Reservation("Maria Lund", "Projektet saknar förankring: se "
                    + "yrkandet.", P), new Reservation("Per Öberg", null, P))
                .omedelbarJustering().utdragTill("Norrby kommun", "Ekonomienheten").build(),
            ArendeBuilder.arende(581, "Jäv före en lista").jav(new Jav("Karin Ek", null, P))
                .text(bullets("punkt")).beslut("besluta").build(),
            ArendeBuilder.information(582).delpunkt(
                ArendeBuilder.delpunkt("Rapport").bilaga("").text(p(t("Text."))).build(),
                ArendeBuilder.delpunkt("Utan text").build()).build(),
            ArendeBuilder.ovrigaFragor(583).delpunkt(ArendeBuilder.delpunkt("Lokalfrågan")
                .text(p(t("Hyresavtalet löper ut."))).beslut("utreda nya lokaler").build())
                .build())
        .build();
  }
}
