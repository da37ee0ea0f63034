package se.paragraf.workflow.service;

import java.time.LocalDate;

/**
 * A justerat (sealed) protokoll in the public list.
 *
 * @param paragrafer "§§ 578–587"
 * @param omedelbar true for a part justerad at the meeting (omedelbar justering)
 */
public record PublicProtokoll(
    long documentId, String organKey, LocalDate datum, LocalDate justerat, String paragrafer,
    boolean omedelbar) {}
