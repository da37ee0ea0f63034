package se.paragraf.render;

import java.util.List;
import se.paragraf.model.Arende;
import se.paragraf.model.Document;
import se.paragraf.model.DocumentKind;
import se.paragraf.model.Meeting;

/** The §§ a protokollsutdrag copies, shared by every renderer so they refuse alike. */
public final class UtdragParagrafer {
  private UtdragParagrafer() {}

  /** The §§ asked for, in protokoll order; every number asked for must be in the protokoll. */
  public static List<Arende> of(Document doc) throws RenderException {
    return of(doc.meeting(), doc.utdrag());
  }

  /** The §§ {@code paragrafer} of protokoll {@code m}, in protokoll order; all must be there. */
  public static List<Arende> of(Meeting m, List<Integer> paragrafer) throws RenderException {
    if (m.kind() != DocumentKind.PROTOKOLL) {
      throw new RenderException("Ett protokollsutdrag kan bara göras ur ett protokoll, inte ur en "
          + m.kind().label() + ".");
    }
    if (paragrafer.isEmpty()) {
      throw new RenderException("Utdraget anger inga paragrafer att ta med.");
    }
    List<Integer> saknas = paragrafer.stream()
        .filter(n -> !m.paragrafer().contains(n)).distinct().toList();
    if (!saknas.isEmpty()) {
      throw new RenderException(Typografi.paragrafer(saknas) + " finns inte i protokollet från "
          + Typografi.iso(m.datum()) + " (där finns " + Typografi.paragrafer(m.paragrafer())
          + ").");
    }
    return m.arenden().stream()
        .filter(a -> a.nummer() != null && paragrafer.contains(a.nummer())).toList();
  }
}
