package se.paragraf.workflow.service;

/** What a user can do to a document; {@link Transitions} says in which states. */
public enum Action {
  /** Save a new revision of the text. */
  SPARA("Spara"),
  /** Freeze and send a kallelse. */
  SKICKA_KALLELSE("Skicka kallelse"),
  /** Draft the protokoll from a kallelse. */
  SKAPA_PROTOKOLL("Skapa protokoll"),
  /** Send a protokoll to the ordförande and the justerare. */
  SKICKA_PA_JUSTERING("Skicka på justering"),
  /** Take a protokoll back from justering (every request is withdrawn). */
  ATERKALLA_JUSTERING("Återkalla från justering"),
  /** A signer leaves an ändringsförslag. */
  ANDRINGSFORSLAG("Lämna ändringsförslag"),
  /** The sekreterare answers an ändringsförslag. */
  BESVARA_FORSLAG("Besvara ändringsförslag"),
  /** A signer signs. */
  JUSTERA("Justera"),
  /** The last signature landed: seal the protokoll. */
  FORSEGLA("Försegla"),
  /** Justera the §§ marked "Omedelbar justering: ja" on their own. */
  OMEDELBAR_JUSTERING("Omedelbar justering"),
  /** Make a certified protokollsutdrag. */
  UTDRAG("Protokollsutdrag"),
  /** Show the public copy. */
  PUBLICERA("Publicera");

  private final String text;

  Action(String text) {
    this.text = text;
  }

  /** The button text (Swedish). */
  public String text() {
    return text;
  }
}
