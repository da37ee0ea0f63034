package se.paragraf.workflow.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.paragraf.store.SourceKind;

/** Every kind × state × action of the workflow, with the expected next state or refusal. */
class TransitionsTest {
  static final SourceKind K = SourceKind.KALLELSE;
  static final SourceKind P = SourceKind.PROTOKOLL;
  static final String SEALED = Transitions.SEALED;
  static final String NOT_ON = "Protokollet är inte skickat på justering.";
  static final String ONLY_K = "Åtgärden gäller bara en kallelse.";
  static final String ONLY_P = "Åtgärden gäller bara ett protokoll.";
  static final String NO_UTDRAG =
      "Protokollet är inte justerat; utdrag görs bara ur ett justerat protokoll.";
  static final String NO_PUBLIC = "Protokollet är inte justerat och kan inte publiceras.";

  /** kind, state, action, expected next state (null when refused), expected refusal. */
  static Stream<Arguments> table() {
    return Stream.of(
        // kallelse: utkast
        row(K, Status.UTKAST, Action.SPARA, Status.UTKAST, null),
        row(K, Status.UTKAST, Action.SKICKA_KALLELSE, Status.SKICKAD, null),
        row(K, Status.UTKAST, Action.SKAPA_PROTOKOLL, null,
            "Kallelsen är inte skickad. Skicka den innan protokollet skapas."),
        row(K, Status.UTKAST, Action.SKICKA_PA_JUSTERING, null, ONLY_P),
        row(K, Status.UTKAST, Action.ATERKALLA_JUSTERING, null, ONLY_P),
        row(K, Status.UTKAST, Action.ANDRINGSFORSLAG, null, ONLY_P),
        row(K, Status.UTKAST, Action.BESVARA_FORSLAG, null, ONLY_P),
        row(K, Status.UTKAST, Action.JUSTERA, null, ONLY_P),
        row(K, Status.UTKAST, Action.FORSEGLA, null, ONLY_P),
        row(K, Status.UTKAST, Action.OMEDELBAR_JUSTERING, null, ONLY_P),
        row(K, Status.UTKAST, Action.UTDRAG, null, ONLY_P),
        row(K, Status.UTKAST, Action.PUBLICERA, null, ONLY_P),
        // kallelse: skickad
        row(K, Status.SKICKAD, Action.SPARA, Status.REVIDERAD, null),
        row(K, Status.SKICKAD, Action.SKICKA_KALLELSE, null,
            "Kallelsen är redan skickad och har inte ändrats sedan dess."),
        row(K, Status.SKICKAD, Action.SKAPA_PROTOKOLL, Status.SKICKAD, null),
        row(K, Status.SKICKAD, Action.SKICKA_PA_JUSTERING, null, ONLY_P),
        row(K, Status.SKICKAD, Action.ATERKALLA_JUSTERING, null, ONLY_P),
        row(K, Status.SKICKAD, Action.ANDRINGSFORSLAG, null, ONLY_P),
        row(K, Status.SKICKAD, Action.BESVARA_FORSLAG, null, ONLY_P),
        row(K, Status.SKICKAD, Action.JUSTERA, null, ONLY_P),
        row(K, Status.SKICKAD, Action.FORSEGLA, null, ONLY_P),
        row(K, Status.SKICKAD, Action.OMEDELBAR_JUSTERING, null, ONLY_P),
        row(K, Status.SKICKAD, Action.UTDRAG, null, ONLY_P),
        row(K, Status.SKICKAD, Action.PUBLICERA, null, ONLY_P),
        // kallelse: reviderad
        row(K, Status.REVIDERAD, Action.SPARA, Status.REVIDERAD, null),
        row(K, Status.REVIDERAD, Action.SKICKA_KALLELSE, Status.SKICKAD, null),
        row(K, Status.REVIDERAD, Action.SKAPA_PROTOKOLL, null,
            "Kallelsen har ändrats sedan den skickades. Skicka den reviderade kallelsen innan"
                + " protokollet skapas."),
        row(K, Status.REVIDERAD, Action.SKICKA_PA_JUSTERING, null, ONLY_P),
        row(K, Status.REVIDERAD, Action.ATERKALLA_JUSTERING, null, ONLY_P),
        row(K, Status.REVIDERAD, Action.ANDRINGSFORSLAG, null, ONLY_P),
        row(K, Status.REVIDERAD, Action.BESVARA_FORSLAG, null, ONLY_P),
        row(K, Status.REVIDERAD, Action.JUSTERA, null, ONLY_P),
        row(K, Status.REVIDERAD, Action.FORSEGLA, null, ONLY_P),
        row(K, Status.REVIDERAD, Action.OMEDELBAR_JUSTERING, null, ONLY_P),
        row(K, Status.REVIDERAD, Action.UTDRAG, null, ONLY_P),
        row(K, Status.REVIDERAD, Action.PUBLICERA, null, ONLY_P),
        // protokoll: utkast
        row(P, Status.UTKAST, Action.SPARA, Status.UTKAST, null),
        row(P, Status.UTKAST, Action.SKICKA_KALLELSE, null, ONLY_K),
        row(P, Status.UTKAST, Action.SKAPA_PROTOKOLL, null, ONLY_K),
        row(P, Status.UTKAST, Action.SKICKA_PA_JUSTERING, Status.JUSTERING, null),
        row(P, Status.UTKAST, Action.ATERKALLA_JUSTERING, null,
            "Protokollet är inte skickat på justering."),
        row(P, Status.UTKAST, Action.ANDRINGSFORSLAG, null, NOT_ON),
        row(P, Status.UTKAST, Action.BESVARA_FORSLAG, Status.UTKAST, null),
        row(P, Status.UTKAST, Action.JUSTERA, null, NOT_ON),
        row(P, Status.UTKAST, Action.FORSEGLA, null, NOT_ON),
        row(P, Status.UTKAST, Action.OMEDELBAR_JUSTERING, Status.UTKAST, null),
        row(P, Status.UTKAST, Action.UTDRAG, null, NO_UTDRAG),
        row(P, Status.UTKAST, Action.PUBLICERA, null, NO_PUBLIC),
        // protokoll: på justering
        row(P, Status.JUSTERING, Action.SPARA, Status.JUSTERING, null),
        row(P, Status.JUSTERING, Action.SKICKA_KALLELSE, null, ONLY_K),
        row(P, Status.JUSTERING, Action.SKAPA_PROTOKOLL, null, ONLY_K),
        row(P, Status.JUSTERING, Action.SKICKA_PA_JUSTERING, null,
            "Protokollet är redan skickat på justering."),
        row(P, Status.JUSTERING, Action.ATERKALLA_JUSTERING, Status.UTKAST, null),
        row(P, Status.JUSTERING, Action.ANDRINGSFORSLAG, Status.JUSTERING, null),
        row(P, Status.JUSTERING, Action.BESVARA_FORSLAG, Status.JUSTERING, null),
        row(P, Status.JUSTERING, Action.JUSTERA, Status.JUSTERING, null),
        row(P, Status.JUSTERING, Action.FORSEGLA, Status.JUSTERAT, null),
        row(P, Status.JUSTERING, Action.OMEDELBAR_JUSTERING, Status.JUSTERING, null),
        row(P, Status.JUSTERING, Action.UTDRAG, null, NO_UTDRAG),
        row(P, Status.JUSTERING, Action.PUBLICERA, null, NO_PUBLIC),
        // protokoll: justerat — nothing changes any more
        row(P, Status.JUSTERAT, Action.SPARA, null, SEALED),
        row(P, Status.JUSTERAT, Action.SKICKA_KALLELSE, null, SEALED),
        row(P, Status.JUSTERAT, Action.SKAPA_PROTOKOLL, null, SEALED),
        row(P, Status.JUSTERAT, Action.SKICKA_PA_JUSTERING, null, SEALED),
        row(P, Status.JUSTERAT, Action.ATERKALLA_JUSTERING, null, SEALED),
        row(P, Status.JUSTERAT, Action.ANDRINGSFORSLAG, null, SEALED),
        row(P, Status.JUSTERAT, Action.BESVARA_FORSLAG, null, SEALED),
        row(P, Status.JUSTERAT, Action.JUSTERA, null, "Protokollet är redan justerat."),
        row(P, Status.JUSTERAT, Action.FORSEGLA, null, SEALED),
        row(P, Status.JUSTERAT, Action.OMEDELBAR_JUSTERING, null, SEALED),
        row(P, Status.JUSTERAT, Action.UTDRAG, Status.JUSTERAT, null),
        row(P, Status.JUSTERAT, Action.PUBLICERA, Status.JUSTERAT, null));
  }

  static Arguments row(SourceKind k, Status s, Action a, Status next, String refusal) {
    return Arguments.of(k, s, a, next, refusal);
  }

  @ParameterizedTest(name = "{0} {1} {2} -> {3} {4}")
  @MethodSource("table")
  void transition(SourceKind kind, Status state, Action action, Status next, String refusal) {
    Transitions.Outcome o = Transitions.next(kind, state, action);
    assertEquals(next, o.next());
    assertEquals(refusal, o.refusal());
    if (next == null) {
      WorkflowRefusal e = assertThrows(WorkflowRefusal.class,
          () -> Transitions.require(kind, state, action));
      assertEquals(409, e.httpStatus());
      assertEquals(refusal, e.getMessage());
    } else {
      assertEquals(next, Transitions.require(kind, state, action));
    }
  }

  /** The table above lists every state of each kind with every action, once. */
  @Test
  void tableIsComplete() {
    Set<String> seen = new HashSet<>();
    table().forEach(a -> {
      Object[] r = a.get();
      if (!seen.add(r[0] + " " + r[1] + " " + r[2])) {
        throw new AssertionError("twice: " + r[0] + " " + r[1] + " " + r[2]);
      }
    });
    int expected = 0;
    for (var e : Transitions.STATES.entrySet()) {
      expected += e.getValue().size() * Action.values().length;
    }
    assertEquals(expected, seen.size());
  }

  @Test
  void statesOfTheOtherKindAreRefused() {
    assertNull(Transitions.next(K, Status.JUSTERAT, Action.SPARA).next());
    assertEquals("Statusen \"skickad\" finns inte för ett protokoll.",
        Transitions.next(P, Status.SKICKAD, Action.SPARA).refusal());
    assertEquals("En organprofil har inget arbetsflöde.",
        Transitions.next(SourceKind.ORGAN, Status.UTKAST, Action.SPARA).refusal());
  }
}
