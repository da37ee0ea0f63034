package se.paragraf.web.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.paragraf.model.Problem;

/** Problems as plain data: line, column, severity ("fel"/"varning") and message. */
public final class ProblemList {
  private ProblemList() {}

  public static List<Object> of(List<Problem> problems) {
    List<Object> out = new ArrayList<>();
    for (Problem p : problems) {
      out.add(one(p));
    }
    return out;
  }

  static Map<String, Object> one(Problem p) {
    return Model.of()
        .put("rad", p.pos().line())
        .put("kolumn", p.pos().column())
        .put("allvar", p.severity().label())
        .put("fel", p.isFel())
        .put("meddelande", p.message())
        .map();
  }
}
