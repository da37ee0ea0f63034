package se.paragraf.workflow.service;

import java.util.LinkedHashMap;
import java.util.Map;
import se.paragraf.model.Arende;
import se.paragraf.model.Deltagare;
import se.paragraf.model.Meeting;
import se.paragraf.model.Organ;
import se.paragraf.store.ConflictException;
import se.paragraf.store.Database;
import se.paragraf.store.Signature;
import se.paragraf.store.SignRole;
import se.paragraf.workflow.Register;

/** Who signs a protokoll: its ordförande, its justerare and any § justerare, each once. */
final class Signers {
  private Signers() {}

  /**
   * The signers of {@code m} in order, ordförande first.
   *
   * @throws WorkflowRefusal.Conflict when no justerare is chosen or the ordförande is unknown
   */
  static Map<String, SignRole> of(Organ organ, Meeting m) {
    String ordforande = m.ordforande() != null && !m.ordforande().isBlank() ? m.ordforande()
        : Register.ordforande(organ, m.datum()).orElse(null);
    if (ordforande == null) {
      throw new WorkflowRefusal.Conflict("Protokollet anger ingen ordförande och registret har"
          + " ingen; ange ordförande innan protokollet skickas på justering.");
    }
    if (m.justerare().isEmpty()) {
      throw new WorkflowRefusal.Conflict("Justerare är inte utsedda. Ange justerare i"
          + " protokollets inledning innan det skickas på justering.");
    }
    Map<String, SignRole> out = new LinkedHashMap<>();
    out.put(ordforande, SignRole.ORDFORANDE);
    for (Deltagare j : m.justerare()) {
      out.putIfAbsent(j.namn(), SignRole.JUSTERARE);
    }
    for (Arende a : m.arenden()) {
      for (Deltagare j : a.justerare()) {
        out.putIfAbsent(j.namn(), SignRole.JUSTERARE);
      }
    }
    return out;
  }

  /** Asks each signer to sign; someone already asked (an open request) is not asked twice. */
  static void request(Database db, long documentId, Map<String, SignRole> signers) {
    for (Map.Entry<String, SignRole> e : signers.entrySet()) {
      try {
        db.signatures().request(documentId, e.getKey(), e.getValue());
      } catch (ConflictException alreadyAsked) {
        continue;
      }
    }
  }

  /** "Ingrid Holmström (ordförande), Helena Wikström (justerare)" */
  static String describe(Map<String, SignRole> signers) {
    StringBuilder sb = new StringBuilder();
    signers.forEach((n, r) -> sb.append(sb.length() == 0 ? "" : ", ").append(n).append(" (")
        .append(role(r)).append(')'));
    return sb.toString();
  }

  static String role(SignRole r) {
    return r == SignRole.ORDFORANDE ? "ordförande" : "justerare";
  }

  /** The line a seal keeps for a signature: "Namn, roll, 2025-09-29T08:12:00Z". */
  static String sealLine(Signature s) {
    return s.personName() + ", " + role(s.role()) + ", " + s.signedAt();
  }
}
