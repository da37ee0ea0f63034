package se.paragraf.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.paragraf.web.Browser;

/** The few JSON API reads the process tests need, each failing loudly on an unexpected answer. */
final class Api {
  private Api() {}

  /** The id of {@code organ}'s kallelse for the meeting on {@code date} (yyyy-mm-dd). */
  @SuppressWarnings("unchecked")
  static long kallelseId(Browser b, String organ, String date) {
    Map<String, Object> m = ok(b, "/api/organ/" + organ + "?ar=" + date.substring(0, 4));
    for (Object o : (List<Object>) m.get("moten")) {
      Map<String, Object> meeting = (Map<String, Object>) o;
      if (date.equals(meeting.get("datum")) && meeting.get("kallelse") != null) {
        return ((Number) ((Map<String, Object>) meeting.get("kallelse")).get("id")).longValue();
      }
    }
    throw new AssertionError("no kallelse for " + organ + " " + date + ": " + m);
  }

  static String text(Browser b, long doc) {
    return (String) ok(b, "/api/dokument/" + doc).get("text");
  }

  static int version(Browser b, long doc) {
    return ((Number) ok(b, "/api/dokument/" + doc).get("version")).intValue();
  }

  static String revisionText(Browser b, long doc, int revision) {
    return (String) ok(b, "/api/dokument/" + doc + "/versioner/" + revision).get("text");
  }

  /** Every revision number of the document, oldest first. */
  @SuppressWarnings("unchecked")
  static List<Integer> revisionNumbers(Browser b, long doc) {
    List<Integer> out = new ArrayList<>();
    for (Object o : (List<Object>) ok(b, "/api/dokument/" + doc + "/versioner").get("versioner")) {
      out.add(0, ((Number) ((Map<String, Object>) o).get("nummer")).intValue());
    }
    return out;
  }

  private static Map<String, Object> ok(Browser b, String path) {
    Browser.Page p = b.get(path);
    if (p.status() != 200) {
      throw new AssertionError("GET " + path + ": " + p.status() + " " + p.body());
    }
    return p.json();
  }
}
