package se.paragraf.workflow.service;

import java.util.List;
import se.paragraf.model.Arende;
import se.paragraf.model.Meeting;

/**
 * The model of a protokoll as it may be published: every § (or sub-item) under sekretess becomes a
 * stub that keeps only its number and the legal ground — "§ 12 Sekretess enligt 26 kap. 1 § OSL" —
 * so the secret text never reaches a renderer.
 */
public final class PublicCopy {
  private PublicCopy() {}

  public static Meeting of(Meeting m) {
    return m.withArenden(m.arenden().stream().map(PublicCopy::arende).toList());
  }

  private static Arende arende(Arende a) {
    if (a.sekretess() != null && !a.sekretess().isBlank()) {
      return stub(a);
    }
    if (a.delpunkter().isEmpty()) {
      return a;
    }
    return a.withDelpunkter(a.delpunkter().stream().map(PublicCopy::arende).toList());
  }

  /** Number, kind and the ground; no title, dnr, text, decision, names or recipients. */
  static Arende stub(Arende a) {
    return new Arende(a.typ(), a.nummer(), "Sekretess enligt " + a.sekretess().strip(), null,
        List.of(), List.of(), null, List.of(), List.of(), null, null, List.of(), List.of(), false,
        List.of(), null, List.of(), a.pos());
  }
}
