package se.paragraf.store;

import java.time.LocalDate;

/**
 * What is needed to create a kallelse or protokoll.
 *
 * @param status the initial workflow state (the workflow defines the values)
 * @param parentId the document this one belongs to or corrects, or null
 */
public record NewDocument(
    String organKey, SourceKind kind, LocalDate meetingDate, String status, Long parentId) {}
