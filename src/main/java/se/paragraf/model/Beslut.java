package se.paragraf.model;

import java.util.List;

/**
 * A proposal (kallelse: "Förslag:") or decision (protokoll: "Beslut:") block.
 *
 * @param inledning the lead-in written after the label, replacing the organ's phrase ("Kommunstyrelsen
 *     hemställer att kommunfullmäktige beslutar"); null for the organ's standard phrase
 */
public record Beslut(String inledning, List<AttSats> attSatser, SourcePos pos) {
  public Beslut {
    attSatser = List.copyOf(attSatser);
  }

  public boolean hasPlaceholder() {
    return attSatser.isEmpty() || attSatser.stream().anyMatch(AttSats::isPlaceholder);
  }
}
