package se.paragraf.workflow.service;

/** What the services write to the audit log: a stable code and the Swedish text shown for it. */
public enum AuditAction {
  IMPORTERA("importera", "Importerade dokumentet"),
  SKAPA("skapa", "Skapade dokumentet"),
  SPARA("spara", "Sparade en ny version"),
  SKICKA_KALLELSE("skicka-kallelse", "Skickade kallelsen"),
  SKAPA_PROTOKOLL("skapa-protokoll", "Skapade protokollet från kallelsen"),
  PARAGRAFNUMMER("paragrafnummer", "Ändrade protokollets paragrafnummer"),
  SKICKA_PA_JUSTERING("skicka-pa-justering", "Skickade protokollet på justering"),
  ATERKALLA_JUSTERING("aterkalla-justering", "Återkallade protokollet från justering"),
  JUSTERING_ATERKALLAD("justering-aterkallad", "Justering återkallad efter ändring i texten"),
  ANDRINGSFORSLAG("andringsforslag", "Lämnade ett ändringsförslag"),
  BESVARA_FORSLAG("besvara-forslag", "Besvarade ett ändringsförslag"),
  JUSTERA("justera", "Justerade protokollet"),
  FORSEGLA("forsegla", "Protokollet är justerat och förseglat"),
  ANSLAG("anslag", "Tillkännagav justeringen på anslagstavlan"),
  OMEDELBAR_JUSTERING("omedelbar-justering", "Skickade omedelbart justerade paragrafer"),
  RESERVATION("reservation", "Skrev motiveringen till sin reservation"),
  UTDRAG("utdrag", "Gjorde ett protokollsutdrag"),
  KONTO("konto", "Skapade ett konto");

  private final String code;
  private final String text;

  AuditAction(String code, String text) {
    this.code = code;
    this.text = text;
  }

  /** The value stored in the log. */
  public String code() {
    return code;
  }

  public String text() {
    return text;
  }

  /** The Swedish text of a stored code; the code itself when it is not one of ours. */
  public static String textOf(String code) {
    for (AuditAction a : values()) {
      if (a.code.equals(code)) {
        return a.text;
      }
    }
    return code;
  }
}
