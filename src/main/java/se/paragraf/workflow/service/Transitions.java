package se.paragraf.workflow.service;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import se.paragraf.store.SourceKind;

/**
 * The workflow as data: for a document kind, a state and an action, the next state or the Swedish
 * reason it is refused. The flows ask {@link #require} before they write; the table test lists
 * every row.
 */
public final class Transitions {
  /** The refusal for any change to a justerat protokoll. */
  public static final String SEALED =
      "Protokollet är justerat och kan inte ändras. Rättelser görs i ett nytt dokument som"
          + " hänvisar till det justerade.";

  static final String NOT_ON_JUSTERING = "Protokollet är inte skickat på justering.";
  static final String NOT_JUSTERAT_UTDRAG =
      "Protokollet är inte justerat; utdrag görs bara ur ett justerat protokoll.";
  static final String NOT_JUSTERAT_PUBLIC =
      "Protokollet är inte justerat och kan inte publiceras.";
  static final String ONLY_KALLELSE = "Åtgärden gäller bara en kallelse.";
  static final String ONLY_PROTOKOLL = "Åtgärden gäller bara ett protokoll.";

  /** The result of one lookup: {@code next} when allowed, else {@code refusal}. */
  public record Outcome(Status next, String refusal) {
    public boolean allowed() {
      return next != null;
    }

    static Outcome to(Status s) {
      return new Outcome(s, null);
    }

    static Outcome refuse(String why) {
      return new Outcome(null, why);
    }
  }

  /** The states a document of each kind can be in. */
  public static final Map<SourceKind, List<Status>> STATES =
      Map.of(
          SourceKind.KALLELSE, List.of(Status.UTKAST, Status.SKICKAD, Status.REVIDERAD),
          SourceKind.PROTOKOLL, List.of(Status.UTKAST, Status.JUSTERING, Status.JUSTERAT));

  private static final Map<Status, Map<Action, Outcome>> KALLELSE = new EnumMap<>(Status.class);
  private static final Map<Status, Map<Action, Outcome>> PROTOKOLL = new EnumMap<>(Status.class);

  static {
    kallelse(Status.UTKAST, Action.SPARA, Outcome.to(Status.UTKAST));
    kallelse(Status.UTKAST, Action.SKICKA_KALLELSE, Outcome.to(Status.SKICKAD));
    kallelse(Status.UTKAST, Action.SKAPA_PROTOKOLL,
        Outcome.refuse("Kallelsen är inte skickad. Skicka den innan protokollet skapas."));
    kallelse(Status.SKICKAD, Action.SPARA, Outcome.to(Status.REVIDERAD));
    kallelse(Status.SKICKAD, Action.SKICKA_KALLELSE,
        Outcome.refuse("Kallelsen är redan skickad och har inte ändrats sedan dess."));
    kallelse(Status.SKICKAD, Action.SKAPA_PROTOKOLL, Outcome.to(Status.SKICKAD));
    kallelse(Status.REVIDERAD, Action.SPARA, Outcome.to(Status.REVIDERAD));
    kallelse(Status.REVIDERAD, Action.SKICKA_KALLELSE, Outcome.to(Status.SKICKAD));
    kallelse(Status.REVIDERAD, Action.SKAPA_PROTOKOLL,
        Outcome.refuse("Kallelsen har ändrats sedan den skickades. Skicka den reviderade"
            + " kallelsen innan protokollet skapas."));

    protokoll(Status.UTKAST, Action.SPARA, Outcome.to(Status.UTKAST));
    protokoll(Status.UTKAST, Action.SKICKA_PA_JUSTERING, Outcome.to(Status.JUSTERING));
    protokoll(Status.UTKAST, Action.ATERKALLA_JUSTERING, Outcome.refuse(NOT_ON_JUSTERING));
    protokoll(Status.UTKAST, Action.ANDRINGSFORSLAG, Outcome.refuse(NOT_ON_JUSTERING));
    protokoll(Status.UTKAST, Action.BESVARA_FORSLAG, Outcome.to(Status.UTKAST));
    protokoll(Status.UTKAST, Action.JUSTERA, Outcome.refuse(NOT_ON_JUSTERING));
    protokoll(Status.UTKAST, Action.FORSEGLA, Outcome.refuse(NOT_ON_JUSTERING));
    protokoll(Status.UTKAST, Action.OMEDELBAR_JUSTERING, Outcome.to(Status.UTKAST));
    protokoll(Status.UTKAST, Action.UTDRAG, Outcome.refuse(NOT_JUSTERAT_UTDRAG));
    protokoll(Status.UTKAST, Action.PUBLICERA, Outcome.refuse(NOT_JUSTERAT_PUBLIC));

    protokoll(Status.JUSTERING, Action.SPARA, Outcome.to(Status.JUSTERING));
    protokoll(Status.JUSTERING, Action.SKICKA_PA_JUSTERING,
        Outcome.refuse("Protokollet är redan skickat på justering."));
    protokoll(Status.JUSTERING, Action.ATERKALLA_JUSTERING, Outcome.to(Status.UTKAST));
    protokoll(Status.JUSTERING, Action.ANDRINGSFORSLAG, Outcome.to(Status.JUSTERING));
    protokoll(Status.JUSTERING, Action.BESVARA_FORSLAG, Outcome.to(Status.JUSTERING));
    protokoll(Status.JUSTERING, Action.JUSTERA, Outcome.to(Status.JUSTERING));
    protokoll(Status.JUSTERING, Action.FORSEGLA, Outcome.to(Status.JUSTERAT));
    protokoll(Status.JUSTERING, Action.OMEDELBAR_JUSTERING, Outcome.to(Status.JUSTERING));
    protokoll(Status.JUSTERING, Action.UTDRAG, Outcome.refuse(NOT_JUSTERAT_UTDRAG));
    protokoll(Status.JUSTERING, Action.PUBLICERA, Outcome.refuse(NOT_JUSTERAT_PUBLIC));

    for (Action a : Action.values()) {
      protokoll(Status.JUSTERAT, a, Outcome.refuse(SEALED));
    }
    protokoll(Status.JUSTERAT, Action.JUSTERA, Outcome.refuse("Protokollet är redan justerat."));
    protokoll(Status.JUSTERAT, Action.UTDRAG, Outcome.to(Status.JUSTERAT));
    protokoll(Status.JUSTERAT, Action.PUBLICERA, Outcome.to(Status.JUSTERAT));
  }

  private Transitions() {}

  private static void kallelse(Status s, Action a, Outcome o) {
    KALLELSE.computeIfAbsent(s, k -> new EnumMap<>(Action.class)).put(a, o);
  }

  private static void protokoll(Status s, Action a, Outcome o) {
    PROTOKOLL.computeIfAbsent(s, k -> new EnumMap<>(Action.class)).put(a, o);
  }

  /** The outcome of {@code action} on a document of {@code kind} in {@code state}. */
  public static Outcome next(SourceKind kind, Status state, Action action) {
    if (kind != SourceKind.KALLELSE && kind != SourceKind.PROTOKOLL) {
      return Outcome.refuse("En organprofil har inget arbetsflöde.");
    }
    Map<Status, Map<Action, Outcome>> table = kind == SourceKind.KALLELSE ? KALLELSE : PROTOKOLL;
    Map<Action, Outcome> row = table.get(state);
    if (row == null) {
      return Outcome.refuse("Statusen \"" + state.label() + "\" finns inte för "
          + (kind == SourceKind.KALLELSE ? "en kallelse." : "ett protokoll."));
    }
    Outcome o = row.get(action);
    if (o != null) {
      return o;
    }
    return Outcome.refuse(kind == SourceKind.KALLELSE ? ONLY_PROTOKOLL : ONLY_KALLELSE);
  }

  /**
   * The next state of an allowed action.
   *
   * @throws WorkflowRefusal.Conflict with the table's reason when the action is refused
   */
  public static Status require(SourceKind kind, Status state, Action action) {
    Outcome o = next(kind, state, action);
    if (!o.allowed()) {
      throw new WorkflowRefusal.Conflict(o.refusal());
    }
    return o.next();
  }
}
