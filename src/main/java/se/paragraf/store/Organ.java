package se.paragraf.store;

import java.time.Instant;

/**
 * A board known to the store.
 *
 * @param key the organ's key (its folder name under agendas/)
 * @param sourceDocumentId the document holding the revisions of its organ.yaml
 * @param currentRevision the latest organ.yaml revision number
 */
public record Organ(
    String key, String displayName, long sourceDocumentId, int currentRevision, Instant createdAt) {}
