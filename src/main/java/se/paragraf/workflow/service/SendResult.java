package se.paragraf.workflow.service;

import se.paragraf.store.SentCopy;

/** A kallelse sent: its new status and the frozen copy (DOCX and HTML). */
public record SendResult(DocumentSummary document, SentCopy copy) {}
