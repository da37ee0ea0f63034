package se.paragraf.web.editor;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.paragraf.model.Arende;
import se.paragraf.model.Meeting;
import se.paragraf.model.Problem;
import se.paragraf.store.SourceKind;
import se.paragraf.web.WebApp;
import se.paragraf.web.view.Docs;
import se.paragraf.web.view.Model;
import se.paragraf.web.view.ProblemList;
import se.paragraf.workflow.service.Action;
import se.paragraf.workflow.service.Checked;
import se.paragraf.workflow.service.DocumentSummary;
import se.paragraf.workflow.service.OpenDocument;
import se.paragraf.workflow.service.Transitions;
import se.paragraf.workflow.service.WorkflowRefusal;

/** The document page's model: the text, its problems, the preview and the allowed actions. */
final class EditorModel {
  private final WebApp app;

  EditorModel(WebApp app) {
    this.app = app;
  }

  /** The saved document as the editor opens it. */
  Model saved(OpenDocument open, boolean sekreterare) {
    return of(open.document(), open.revision().number(), open.text(), open.problems(),
        open.sealed(), sekreterare).put("atgarder", actions(open, open.sealed()));
  }

  /** An unsaved text of the document ("Förhandsgranska" without JavaScript). */
  Model unsaved(DocumentSummary doc, int baseRevision, String text, boolean sealed) {
    Checked c = app.services().meetings().check(doc.id(), text);
    return of(doc, baseRevision, text, c.problems(), sealed, true).put("osparad", true)
        .put("atgarder", actions(doc, sealed, hasOmedelbar(c.meeting())));
  }

  private Model of(DocumentSummary doc, int revision, String text, List<Problem> problems,
      boolean sealed, boolean sekreterare) {
    Model m = Model.of()
        .put("dok", Docs.summary(doc))
        .put("version", revision)
        .put("text", text)
        .put("rader", lines(text))
        .put("problem", ProblemList.of(problems))
        .put("antalFel", problems.stream().filter(Problem::isFel).count())
        .put("forseglat", sealed)
        .put("sekreterare", sekreterare)
        .put("forhandsvisning", preview(doc.id(), text));
    if (doc.kind() == SourceKind.KALLELSE) {
      app.services().protokoll().protokollFor(doc.id())
          .ifPresent(p -> m.put("protokoll", Docs.summary(p)));
    }
    return m;
  }

  /** The rendered HTML of the text, or null when it cannot be rendered yet. */
  String preview(long documentId, String text) {
    try {
      byte[] html = app.services().meetings().preview(documentId, text, "html");
      return new String(html, StandardCharsets.UTF_8);
    } catch (WorkflowRefusal.HasProblems e) {
      return null;
    }
  }

  /** Which workflow buttons the saved document's state and text allow. */
  static Map<String, Object> actions(OpenDocument open, boolean sealed) {
    return actions(open.document(), sealed, hasOmedelbar(open.meeting()));
  }

  /** Whether any § is marked "Omedelbar justering: ja". */
  static boolean hasOmedelbar(Meeting m) {
    return m != null && m.arenden().stream().anyMatch(Arende::omedelbarJustering);
  }

  /** Which workflow buttons the document's state allows. */
  static Map<String, Object> actions(DocumentSummary doc, boolean sealed, boolean omedelbar) {
    return Model.of()
        .put("spara", !sealed && allowed(doc, Action.SPARA))
        .put("skickaKallelse", allowed(doc, Action.SKICKA_KALLELSE))
        .put("skapaProtokoll", allowed(doc, Action.SKAPA_PROTOKOLL))
        .put("skickaPaJustering", !doc.isOmedelbar() && allowed(doc, Action.SKICKA_PA_JUSTERING))
        .put("omedelbarJustering", omedelbar && !doc.isOmedelbar()
            && doc.kind() == SourceKind.PROTOKOLL && allowed(doc, Action.OMEDELBAR_JUSTERING))
        .put("aterkalla", allowed(doc, Action.ATERKALLA_JUSTERING))
        .map();
  }

  private static boolean allowed(DocumentSummary doc, Action a) {
    return Transitions.next(doc.kind(), doc.status(), a).allowed();
  }

  /** The source's lines for the numbered listing that problem links jump to without JS. */
  static List<String> lines(String text) {
    List<String> out = new ArrayList<>();
    for (String l : text.split("\r\n|\r|\n", -1)) {
      out.add(l);
    }
    return out;
  }
}
