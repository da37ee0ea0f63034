package se.paragraf.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.paragraf.fixtures.Fixtures;
import se.paragraf.fixtures.MeetingBuilder;
import se.paragraf.model.Meeting;

class UtdragSelectionTest {

  @Test
  void keepsOnlyTheAskedParagraferInProtokollOrder() throws Exception {
    Meeting p = Fixtures.protokoll();
    Meeting u = UtdragSelection.select(p, List.of(583, 580, 583));
    assertEquals(List.of(580, 583), u.paragrafer());
    assertEquals(p.arenden().get(0), u.arenden().get(0));
    assertEquals(p.arenden().get(3), u.arenden().get(1));
    assertEquals(p.withArenden(u.arenden()), u);
  }

  @Test
  void unknownParagrafIsRefusedNamingWhatThereIs() {
    WorkflowException e = assertThrows(WorkflowException.class,
        () -> UtdragSelection.select(Fixtures.protokoll(), List.of(591, 580, 590, 597)));
    assertEquals("§§ 590–591 och 597 finns inte i protokollet från 2025-03-06 (där finns §§ 580–585).",
        e.getMessage());
    e = assertThrows(WorkflowException.class,
        () -> UtdragSelection.select(Fixtures.protokoll(), List.of(12)));
    assertEquals("§ 12 finns inte i protokollet från 2025-03-06 (där finns §§ 580–585).",
        e.getMessage());
  }

  @Test
  void emptySelectionIsRefused() {
    WorkflowException e = assertThrows(WorkflowException.class,
        () -> UtdragSelection.select(Fixtures.protokoll(), List.of()));
    assertEquals("Utdraget anger inga paragrafer att ta med.", e.getMessage());
  }

  @Test
  void kallelseIsRefused() {
    WorkflowException e = assertThrows(WorkflowException.class,
        () -> UtdragSelection.select(Fixtures.kallelse(), List.of(1)));
    assertEquals("Ett protokollsutdrag kan bara göras ur ett protokoll, inte ur en kallelse.",
        e.getMessage());
  }

  @Test
  void beforeJusteringOnlyOmedelbartJusteradeParagrafer() throws Exception {
    Meeting p = unjusterat();
    assertEquals(List.of(583), UtdragSelection.select(p, List.of(583)).paragrafer());
    WorkflowException e = assertThrows(WorkflowException.class,
        () -> UtdragSelection.select(p, List.of(583, 580)));
    assertEquals("Protokollet från 2025-03-06 är inte justerat och § 580 är inte omedelbart "
        + "justerad; ett utdrag kan bara göras ur justerade paragrafer.", e.getMessage());
    e = assertThrows(WorkflowException.class,
        () -> UtdragSelection.select(p, List.of(581, 580)));
    assertEquals("Protokollet från 2025-03-06 är inte justerat och §§ 580–581 är inte omedelbart "
        + "justerade; ett utdrag kan bara göras ur justerade paragrafer.", e.getMessage());
  }

  private static Meeting unjusterat() {
    Meeting f = Fixtures.protokoll();
    return MeetingBuilder.protokoll("2025-03-06").arende(f.arenden().toArray(
        new se.paragraf.model.Arende[0])).build();
  }
}
