package se.paragraf.workflow.service;

import java.time.LocalDate;

/**
 * A tillkännagivande on the organ's anslagstavla ("Justering av ‹organ›s protokoll har
 * tillkännagivits").
 *
 * @param documentId the justerade protokoll; its public copy is {@link
 *     Anslagstavla#publicCopy(long, String)}
 * @param onBoard true while it is up (uppsatt ≤ today ≤ nedtas by the services' clock)
 */
public record Notice(
    long documentId,
    String organKey,
    String organisation,
    String organ,
    LocalDate sammantradesdatum,
    LocalDate justerat,
    LocalDate uppsatt,
    LocalDate nedtas,
    LocalDate sistaDagForOverklagande,
    String forvaringsplats,
    boolean omedelbar,
    boolean onBoard) {}
