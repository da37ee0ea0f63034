package se.paragraf.workflow.service;

import java.util.List;
import se.paragraf.model.Problem;

/**
 * What an import did.
 *
 * @param skipped true when the store was not empty and nothing was imported
 * @param problems every fel and varning found in the imported sources (they are imported anyway)
 */
public record ImportReport(boolean skipped, List<Organ> organs, List<Problem> problems) {
  public ImportReport {
    organs = List.copyOf(organs);
    problems = List.copyOf(problems);
  }

  /** One organ imported: how many kallelser and protokoll, how many of those justerade. */
  public record Organ(String key, String displayName, int kallelser, int protokoll, int justerade) {}
}
