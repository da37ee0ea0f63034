package se.paragraf.model;

/** A member who declared jäv and left the § ("anmäler jäv"), and who took the seat, if anyone. */
public record Jav(String namn, String ersattAv, SourcePos pos) {}
