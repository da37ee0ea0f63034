package se.paragraf.web.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.paragraf.web.view.Model;
import se.paragraf.workflow.service.DiffLine;

/**
 * A line diff as the page shows it: changed lines with {@code context} unchanged lines around
 * them; a longer unchanged run becomes one "N oförändrade rader" row.
 */
final class DiffView {
  private DiffView() {}

  static List<Object> rows(List<DiffLine> lines, int context) {
    List<Object> out = new ArrayList<>();
    int i = 0;
    while (i < lines.size()) {
      if (lines.get(i).op() != DiffLine.Op.SAME) {
        out.add(row(lines.get(i)));
        i++;
        continue;
      }
      int end = i;
      while (end < lines.size() && lines.get(end).op() == DiffLine.Op.SAME) {
        end++;
      }
      int keepBefore = i == 0 ? 0 : context;
      int keepAfter = end == lines.size() ? 0 : context;
      if (end - i <= keepBefore + keepAfter + 1) {
        for (int j = i; j < end; j++) {
          out.add(row(lines.get(j)));
        }
      } else {
        for (int j = i; j < i + keepBefore; j++) {
          out.add(row(lines.get(j)));
        }
        out.add(Model.of().put("op", "hoppa").put("antal", end - i - keepBefore - keepAfter)
            .map());
        for (int j = end - keepAfter; j < end; j++) {
          out.add(row(lines.get(j)));
        }
      }
      i = end;
    }
    return out;
  }

  static Map<String, Object> row(DiffLine l) {
    return Model.of()
        .put("op", l.op().name().toLowerCase(Locale.ROOT))
        .put("gammal", l.oldLine())
        .put("ny", l.newLine())
        .put("text", l.text())
        .map();
  }
}
