package se.paragraf.workflow.service;

import java.time.LocalDate;
import se.paragraf.store.SourceKind;

/**
 * A kallelse or protokoll as lists show it.
 *
 * @param parentId for an omedelbart justerad part: the protokoll it was taken from; else null
 * @param revision the latest revision number
 * @param fileName the name problems carry: {@code <organ>/<yyyy-mm-dd>-<kind>.md} (a part
 *     carries its protokoll's name)
 */
public record DocumentSummary(
    long id,
    String organKey,
    SourceKind kind,
    LocalDate meetingDate,
    Status status,
    String statusText,
    Long parentId,
    int revision,
    String fileName) {

  /** True for the separately justerad part of a protokoll (omedelbar justering). */
  public boolean isOmedelbar() {
    return parentId != null;
  }
}
