package se.paragraf.web.view;

import java.util.Map;

/**
 * The message shown after a redirect ({@code ?klart=sparad}). Only known keys are shown, so a
 * link can never put its own text on the page.
 */
public final class Flash {
  private static final Map<String, String> MESSAGES = Map.ofEntries(
      Map.entry("sparad", "Ändringarna är sparade."),
      Map.entry("oforandrad", "Texten var oförändrad; ingen ny version sparades."),
      Map.entry("kallelse-skickad", "Kallelsen är skickad. Den skickade versionen är sparad."),
      Map.entry("protokoll-skapat", "Protokollet är skapat med paragrafnummer ur numreringen."),
      Map.entry("pa-justering", "Protokollet är skickat på justering."),
      Map.entry("forslag-lamnat", "Ändringsförslaget är lämnat till sekreteraren."),
      Map.entry("forslag-besvarat", "Svaret på ändringsförslaget är sparat."),
      Map.entry("reservation-sparad", "Motiveringen till din reservation är sparad."),
      Map.entry("reservation-aterkallad", "Motiveringen till din reservation är sparad. Texten"
          + " ändrades efter att protokollet justerats, så justeringarna har återkallats och"
          + " behöver göras om."),
      Map.entry("justerat", "Din justering är registrerad."),
      Map.entry("forseglat", "Protokollet är justerat och förseglat."),
      Map.entry("utloggad", "Du är utloggad."),
      Map.entry("losenord", "Lösenordet är bytt."),
      Map.entry("konto-skapat", "Kontot är skapat."),
      Map.entry("roll-andrad", "Behörigheten är ändrad."),
      Map.entry("organ-skapat", "Organet är skapat."),
      Map.entry("kallelse-skapad", "Kallelsen är skapad."));

  private Flash() {}

  public static String message(String key) {
    return key == null ? null : MESSAGES.get(key);
  }

  public static boolean isKnown(String key) {
    return MESSAGES.containsKey(key);
  }
}
