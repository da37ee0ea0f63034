package se.paragraf.workflow.service;

import se.paragraf.model.Anslag;
import se.paragraf.store.Signature;

/**
 * What a signature did: when it was the last one, the protokoll is sealed and its anslag posted.
 *
 * @param seal null unless {@code sealed}
 * @param anslag null unless {@code sealed}
 */
public record SignResult(Signature signature, boolean sealed, SealInfo seal, Anslag anslag) {}
