package se.paragraf.model;

import java.time.LocalDate;

/**
 * The tillkännagivande of a justerat protokoll on the organ's anslagstavla (BEVIS OM ANSLAG).
 *
 * @param justerat the day the protokoll was justerat
 * @param uppsatt the day posted: at the latest the second day after justering
 * @param nedtas the day taken down: three weeks after posting at the earliest
 * @param sistaDagForOverklagande the last day of the three weeks for laglighetsprövning
 */
public record Anslag(
    LocalDate justerat,
    LocalDate uppsatt,
    LocalDate nedtas,
    LocalDate sistaDagForOverklagande,
    String forvaringsplats) {}
