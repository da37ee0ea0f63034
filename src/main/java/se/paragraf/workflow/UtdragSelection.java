package se.paragraf.workflow;

import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import se.paragraf.model.Arende;
import se.paragraf.model.Meeting;
import se.paragraf.render.RenderException;
import se.paragraf.render.Typografi;
import se.paragraf.render.UtdragParagrafer;

/** Picks the §§ of a protokoll that a protokollsutdrag copies. */
public final class UtdragSelection {
  private UtdragSelection() {}

  /**
   * A copy of {@code protokoll} holding only the §§ asked for, in the protokoll's order (each once).
   * Refuses a kallelse, an empty or unknown selection, and a § that is not yet justerad: an utdrag
   * certifies a true copy of a justerat protokoll, or of a § justerad at the meeting.
   */
  public static Meeting select(Meeting protokoll, List<Integer> paragrafer)
      throws WorkflowException {
    List<Arende> selected;
    try {
      selected = UtdragParagrafer.of(protokoll, paragrafer);
    } catch (RenderException e) {
      throw new WorkflowException(e.getMessage());
    }
    if (protokoll.justerat() == null) {
      TreeSet<Integer> ojusterade = selected.stream().filter(a -> !a.omedelbarJustering())
          .map(Arende::nummer).collect(Collectors.toCollection(TreeSet::new));
      if (!ojusterade.isEmpty()) {
        throw new WorkflowException("Protokollet från " + protokoll.datum() + " är inte justerat och "
            + Typografi.paragrafer(List.copyOf(ojusterade)) + " är inte omedelbart "
            + (ojusterade.size() == 1 ? "justerad" : "justerade") + "; ett utdrag kan bara göras "
            + "ur justerade paragrafer.");
      }
    }
    return protokoll.withArenden(selected);
  }
}
