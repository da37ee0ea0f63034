package se.paragraf.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.paragraf.fixtures.ArendeBuilder;
import se.paragraf.fixtures.Fixtures;
import se.paragraf.fixtures.MeetingBuilder;
import se.paragraf.model.Meeting;
import se.paragraf.model.Problem;
import se.paragraf.model.SourcePos;

class KallelseValidationTest {
  private static final String FILE = "agendas/norrdal/2025-03-06-kallelse.md";

  @Test
  void anItemWithNeitherProposalNorTextIsAVarning() {
    Meeting k = MeetingBuilder.kallelse("2025-03-06").arende(
        ArendeBuilder.arende(1, "Med förslag").pos(7, 1).beslut("besluta").build(),
        ArendeBuilder.arende(2, "Med text").pos(10, 1).text(ArendeBuilder.para("Text.")).build(),
        ArendeBuilder.arende(3, "Tomt").pos(14, 1).build(),
        ArendeBuilder.information(null).pos(16, 1)
            .delpunkt(ArendeBuilder.delpunkt("Rapport").pos(18, 1).build()).build(),
        ArendeBuilder.ovrigaFragor(null).pos(20, 1).build()).build();
    assertEquals(List.of(Problem.varning(FILE, SourcePos.of(14, 1),
        "Ärende 3 (Tomt) har varken förslag eller text.")), Validator.meeting(Fixtures.organ(), k));
  }

  @Test
  void undecidedProposalsAreFine() {
    assertEquals(List.of(), Validator.meeting(Fixtures.organ(), Fixtures.kallelse()));
  }
}
