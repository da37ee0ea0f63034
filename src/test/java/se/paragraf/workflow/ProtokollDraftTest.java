package se.paragraf.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.paragraf.fixtures.ArendeBuilder.arende;
import static se.paragraf.fixtures.ArendeBuilder.delpunkt;
import static se.paragraf.fixtures.ArendeBuilder.information;
import static se.paragraf.fixtures.ArendeBuilder.ovrigaFragor;

import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.paragraf.fixtures.Fixtures;
import se.paragraf.fixtures.MeetingBuilder;
import se.paragraf.fixtures.Organs;
import se.paragraf.model.Arende;
import se.paragraf.model.ArendeTyp;
import se.paragraf.model.AttSats;
import se.paragraf.model.Deltagare;
import se.paragraf.model.DocumentKind;
import se.paragraf.model.Meeting;
import se.paragraf.model.Numrering;
import se.paragraf.model.Organ;
import se.paragraf.model.SourcePos;

class ProtokollDraftTest {
  private static final Organ ORGAN = Fixtures.organ();

  private static Meeting kallelse(String datum) {
    return MeetingBuilder.kallelse(datum).arende(arende(1, "Ärende").beslut("besluta").build())
        .build();
  }

  @Test
  void firstProtokollEverStartsAtTheSeriesFirstParagraf() throws Exception {
    Meeting k = Fixtures.kallelse();
    Meeting p = ProtokollDraft.from(ORGAN, k, List.of(k), List.of());
    assertEquals(DocumentKind.PROTOKOLL, p.kind());
    assertEquals(List.of(560, 561, 562, 563, 564, 565), p.paragrafer());
    assertEquals(List.of(ArendeTyp.ARENDE, ArendeTyp.ARENDE, ArendeTyp.ARENDE, ArendeTyp.ARENDE,
        ArendeTyp.INFORMATION, ArendeTyp.OVRIGA_FRAGOR),
        p.arenden().stream().map(Arende::typ).toList());
    assertEquals(List.of("Genomgång av protokoll från föregående möte", "Val av justerare",
        "Årsredovisning 2024", "Ansökan om medfinansiering, projektet Steget",
        "Informationsärenden", "Övriga frågor"),
        p.arenden().stream().map(Arende::rubrik).toList());
  }

  @Test
  void proposalsBecomeDecisionsAndTheRestIsCarriedOver() throws Exception {
    Meeting k = Fixtures.kallelse();
    Meeting p = ProtokollDraft.from(ORGAN, k, List.of(k), List.of());
    Arende steget = p.arenden().get(3);
    Arende source = k.arenden().get(3);
    assertEquals(List.of("bevilja Norrby kommun 1 352 000 kronor i medfinansiering för projektet "
        + "Steget", "…"), steget.beslut().attSatser().stream().map(AttSats::text).toList());
    assertEquals(source.text(), steget.text());
    assertEquals("2025/15", steget.dnr());
    assertEquals(List.of("Projektansökan Steget"), steget.bilagor());
    assertEquals(List.of("utse ____ till justerare"),
        p.arenden().get(1).beslut().attSatser().stream().map(AttSats::text).toList());
    Arende info = p.arenden().get(4);
    assertEquals(List.of("Verksamhetsrapport", "Nationella rådet"),
        info.delpunkter().stream().map(Arende::rubrik).toList());
    assertTrue(info.delpunkter().stream().allMatch(d -> d.nummer() == null));
    // positions pointed into the kallelse; the draft is a new file
    assertEquals(SourcePos.NONE, steget.pos());
  }

  @Test
  void frontMatterFromTheRegisterAndTheKallelse() throws Exception {
    Meeting k = Fixtures.kallelse();
    Meeting p = ProtokollDraft.from(ORGAN, k, List.of(k), List.of());
    assertEquals("agendas/norrdal/2025-03-06-protokoll.md", p.file());
    assertEquals("norrdal", p.organKey());
    assertEquals(Fixtures.DATUM, p.datum());
    assertEquals(LocalTime.of(9, 0), p.start());
    assertEquals(LocalTime.of(15, 0), p.slut());
    assertEquals("Kommunkontoret, Storgatan 67, Norrby", p.plats());
    assertEquals(List.of(
        new Deltagare("Bertil Almgren", "ordförande", null, SourcePos.NONE),
        new Deltagare("Karin Ek", "vice ordförande", null, SourcePos.NONE),
        new Deltagare("Kenneth Andersson", "ledamot", null, SourcePos.NONE),
        new Deltagare("Maria Lund", "ledamot", null, SourcePos.NONE)), p.beslutande());
    assertEquals("Bertil Almgren", p.ordforande());
    assertEquals(List.of(), p.justerare());
    assertEquals(List.of(), p.ersattare());
    assertEquals(List.of(), p.ovriga());
    assertEquals("Eva Lind", p.sekreterare());
    assertNull(p.justerat());
    assertNull(p.anslagUppsatt());
  }

  @Test
  void beslutandeAreTheLedamoterActiveOnTheDateWithTheirUppdrag() throws Exception {
    Organ organ = Organs.register(
        Organs.ledamot("Gammal Ordförande", "ordförande", "2019-01-01", "2024-12-31"),
        Organs.ledamot("Lars Berg", null, "2023-01-01", null),
        Organs.ledamot("Ny Ordförande", "Ordförande", "2025-01-01", null),
        Organs.ersattare("Sture Andersson", null, null),
        Organs.ledamot("Vice Vicesson", "vice ordförande", null, null),
        Organs.ledamot("Sen Ledamot", null, "2025-03-07", null));
    Meeting k = kallelse("2025-03-06");
    Meeting p = ProtokollDraft.from(organ, k, List.of(k), List.of());
    assertEquals(List.of("Ny Ordförande, ordförande", "Vice Vicesson, vice ordförande",
        "Lars Berg, ledamot"), p.beslutande().stream().map(Deltagare::label).toList());
    assertEquals("Ny Ordförande", p.ordforande());
  }

  @Test
  void sekreterareFromTheKallelseElseTheOrgan() throws Exception {
    Meeting k = MeetingBuilder.kallelse("2025-03-06").sekreterare("Anna Berg").build();
    assertEquals("Anna Berg", ProtokollDraft.from(ORGAN, k, List.of(), List.of()).sekreterare());
    k = MeetingBuilder.kallelse("2025-03-06").sekreterare(null).build();
    assertEquals("Eva Lind", ProtokollDraft.from(ORGAN, k, List.of(), List.of()).sekreterare());
  }

  @Test
  void continuesFromTheLastProtokoll() throws Exception {
    Meeting k = Fixtures.kallelse();
    List<Meeting> protokoll = List.of(MeetingBuilder.serie("2025-02-13", 570, 575),
        MeetingBuilder.serie("2024-11-28", 560, 569));
    Meeting p = ProtokollDraft.from(ORGAN, k, List.of(k), protokoll);
    assertEquals(List.of(576, 577, 578, 579, 580, 581), p.paragrafer());
  }

  @Test
  void perArStartsTheYearAtOne() throws Exception {
    Organ organ = Organs.numrering(Numrering.PER_AR, 1);
    Meeting k = kallelse("2025-01-20");
    Meeting p = ProtokollDraft.from(organ, k, List.of(kallelse("2024-12-12"), k),
        List.of(MeetingBuilder.serie("2024-12-12", 40, 52)));
    assertEquals(List.of(1), p.paragrafer());
  }

  @Test
  void informationAndOvrigaFragorComeAfterTheNumberedItemsEachAsOneParagraf()
      throws Exception {
    Meeting k = MeetingBuilder.kallelse("2025-03-06").arende(
        ovrigaFragor(null).delpunkt(delpunkt("Lokalfrågan").beslut("utreda").build()).build(),
        information(null).delpunkt(delpunkt("A").build()).build(),
        arende(1, "Ett").beslut("ett").build(),
        information(null).delpunkt(delpunkt("B").build(), delpunkt("C").build()).build(),
        arende(2, "Två").beslut("två").build()).build();
    Meeting p = ProtokollDraft.from(ORGAN, k, List.of(k), List.of());
    assertEquals(List.of("Ett", "Två", "Informationsärenden", "Övriga frågor"),
        p.arenden().stream().map(Arende::rubrik).toList());
    assertEquals(List.of(560, 561, 562, 563), p.paragrafer());
    assertEquals(List.of("A", "B", "C"),
        p.arenden().get(2).delpunkter().stream().map(Arende::rubrik).toList());
    assertEquals("utreda",
        p.arenden().get(3).delpunkter().get(0).beslut().attSatser().get(0).text());
  }

  @Test
  void refusesWhenAProtokollForTheDateExists() {
    Meeting k = Fixtures.kallelse();
    WorkflowException e = assertThrows(WorkflowException.class, () -> ProtokollDraft.from(ORGAN,
        k, List.of(k), List.of(MeetingBuilder.serie("2025-03-06", 560, 565))));
    assertEquals("Det finns redan ett protokoll för sammanträdet 2025-03-06: "
        + "agendas/norrdal/2025-03-06-protokoll.md.", e.getMessage());
  }

  @Test
  void refusesWhenAnEarlierMeetingHasNoProtokoll() {
    Meeting k = Fixtures.kallelse();
    List<Meeting> kallelser = List.of(kallelse("2024-11-28"), kallelse("2025-02-13"),
        kallelse("2025-01-20"), k, kallelse("2025-04-10"));
    WorkflowException e = assertThrows(WorkflowException.class, () -> ProtokollDraft.from(ORGAN,
        k, kallelser, List.of(MeetingBuilder.serie("2024-11-28", 560, 565))));
    assertEquals("Sammanträdet 2025-01-20 (agendas/norrdal/2025-01-20-kallelse.md) har inget "
        + "protokoll ännu. Skriv det först: att numrera förbi det skulle lämna en lucka i "
        + "paragrafnumreringen.", e.getMessage());
  }

  @Test
  void perArIgnoresAMissingProtokollOfAnEarlierYear() throws Exception {
    Organ organ = Organs.numrering(Numrering.PER_AR, 1);
    Meeting k = kallelse("2025-02-13");
    Meeting p = ProtokollDraft.from(organ, k, List.of(kallelse("2024-12-12"), k), List.of());
    assertEquals(List.of(1), p.paragrafer());
  }

  @Test
  void refusesToReuseANumberOfALaterProtokoll() {
    Meeting k = Fixtures.kallelse();
    List<Meeting> protokoll = List.of(MeetingBuilder.serie("2025-02-13", 560, 570),
        MeetingBuilder.serie("2025-04-10", 574, 580));
    WorkflowException e = assertThrows(WorkflowException.class,
        () -> ProtokollDraft.from(ORGAN, k, List.of(k), protokoll));
    assertEquals("§ 574 används redan i protokollet från 2025-04-10 "
        + "(agendas/norrdal/2025-04-10-protokoll.md). Protokollet för 2025-03-06 skulle "
        + "numreras från § 571 och återanvända numret.", e.getMessage());
  }

  @Test
  void refusesAKallelseWithoutDate() {
    Meeting k = new Meeting("agendas/norrdal/x-kallelse.md", "norrdal", DocumentKind.KALLELSE,
        null, null, null, null, List.of(), List.of(), List.of(), List.of(), null, null, null, null,
        List.of(), SourcePos.NONE);
    WorkflowException e = assertThrows(WorkflowException.class,
        () -> ProtokollDraft.from(ORGAN, k, List.of(k), List.of()));
    assertEquals("agendas/norrdal/x-kallelse.md saknar ett läsbart datum.", e.getMessage());
  }

  @Test
  void refusesAProtokollAsInput() {
    Meeting p = Fixtures.protokoll();
    WorkflowException e = assertThrows(WorkflowException.class,
        () -> ProtokollDraft.from(ORGAN, p, List.of(), List.of()));
    assertEquals("agendas/norrdal/2025-03-06-protokoll.md är inte en kallelse.", e.getMessage());
  }
}
