package se.paragraf.model;

/** A member who reserved against the decision, with the written motivation (may be null). */
public record Reservation(String namn, String motivering, SourcePos pos) {}
