package se.paragraf.web.view;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import se.paragraf.model.Anslag;
import se.paragraf.render.Typografi;
import se.paragraf.workflow.service.DocumentSummary;
import se.paragraf.workflow.service.Due;
import se.paragraf.workflow.service.SaveResult;

/** Workflow records as plain data for pages and the API. */
public final class Docs {
  private Docs() {}

  public static Map<String, Object> summary(DocumentSummary d) {
    if (d == null) {
      return null;
    }
    return Model.of()
        .put("id", d.id())
        .put("organ", d.organKey())
        .put("typ", d.kind().label())
        .put("typText", typText(d))
        .put("datum", iso(d.meetingDate()))
        .put("status", d.status().label())
        .put("statusText", d.statusText())
        .put("version", d.revision())
        .put("fil", d.fileName())
        .put("omedelbar", d.isOmedelbar())
        .put("protokollId", d.parentId())
        .map();
  }

  /** What a save answers in the API: the document, the new version, its problems, notices. */
  public static Map<String, Object> saved(SaveResult r) {
    return Model.of()
        .put("dokument", summary(r.document()))
        .put("version", r.revision().number())
        .put("problem", ProblemList.of(r.problems()))
        .put("meddelanden", r.notices())
        .map();
  }

  public static List<Object> summaries(List<DocumentSummary> docs) {
    return docs.stream().map(d -> (Object) summary(d)).toList();
  }

  static String typText(DocumentSummary d) {
    if (d.isOmedelbar()) {
      return "Omedelbart justerade paragrafer";
    }
    switch (d.kind()) {
      case KALLELSE: return "Kallelse";
      case PROTOKOLL: return "Protokoll";
      default: return "Organprofil";
    }
  }

  public static Map<String, Object> anslag(Anslag a) {
    if (a == null) {
      return null;
    }
    return Model.of()
        .put("justerat", iso(a.justerat()))
        .put("uppsatt", iso(a.uppsatt()))
        .put("nedtas", iso(a.nedtas()))
        .put("sistaDagForOverklagande", iso(a.sistaDagForOverklagande()))
        .put("forvaringsplats", a.forvaringsplats())
        .map();
  }

  public static Map<String, Object> due(Due d) {
    return Model.of()
        .put("vad", d.kind().name().toLowerCase(java.util.Locale.ROOT))
        .put("text", d.text())
        .put("datum", iso(d.date()))
        .put("forsenad", d.overdue())
        .map();
  }

  /** "2025-03-06", or null. */
  public static String iso(LocalDate d) {
    return d == null ? null : d.toString();
  }

  /** "torsdag 6 mars 2025", or null. */
  public static String text(LocalDate d) {
    return d == null ? null : Typografi.datum(d);
  }
}
