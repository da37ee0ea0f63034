package se.paragraf.model;

import java.util.List;

/**
 * A motion: who moved what. {@code text} is a free form ("bifall till förslaget"); the att-satser,
 * if any, are the motion's own clauses.
 */
public record Yrkande(String namn, String text, List<AttSats> attSatser, SourcePos pos) {
  public Yrkande {
    attSatser = List.copyOf(attSatser);
  }
}
