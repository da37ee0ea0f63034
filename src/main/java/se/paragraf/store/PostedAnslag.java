package se.paragraf.store;

import java.time.Instant;
import java.time.LocalDate;
import se.paragraf.model.Anslag;

/** A tillkännagivande as posted, with the organ and sammanträdesdatum it concerns. */
public record PostedAnslag(
    long documentId, String organKey, LocalDate meetingDate, Anslag anslag, Instant createdAt) {}
