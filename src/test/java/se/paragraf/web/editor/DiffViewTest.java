package se.paragraf.web.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.paragraf.workflow.service.DiffLine;
import se.paragraf.workflow.service.DiffLine.Op;

class DiffViewTest {
  static List<DiffLine> lines(String ops) {
    List<DiffLine> out = new ArrayList<>();
    int n = 1;
    for (char c : ops.toCharArray()) {
      Op op = c == '=' ? Op.SAME : c == '+' ? Op.ADDED : Op.REMOVED;
      out.add(new DiffLine(op, n, n, "rad " + n));
      n++;
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  static String shape(List<Object> rows) {
    StringBuilder sb = new StringBuilder();
    for (Object o : rows) {
      Map<String, Object> r = (Map<String, Object>) o;
      String op = (String) r.get("op");
      sb.append(op.equals("same") ? "=" : op.equals("added") ? "+" : op.equals("removed") ? "-"
          : "[" + r.get("antal") + "]");
    }
    return sb.toString();
  }

  @Test
  void longUnchangedRunsCollapseAroundTheChanges() {
    assertEquals("[10]===+===[5]", shape(DiffView.rows(lines("=============+========"), 3)));
  }

  @Test
  void shortRunsStayWhole() {
    assertEquals("====-=", shape(DiffView.rows(lines("====-="), 3)), "one hidden line saves nothing");
    assertEquals("[4]===-=", shape(DiffView.rows(lines("=======-="), 3)));
    assertEquals("-=======+", shape(DiffView.rows(lines("-=======+"), 3)),
        "7 lines between two changes: 3 + 3 kept, hiding one line would save nothing");
  }

  @Test
  void noChangesIsOneCollapsedRow() {
    assertEquals("[6]", shape(DiffView.rows(lines("======"), 3)));
  }
}
