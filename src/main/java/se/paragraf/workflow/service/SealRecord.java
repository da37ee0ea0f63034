package se.paragraf.workflow.service;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.paragraf.model.Anslag;
import se.paragraf.store.Seal;

/**
 * What the workflow keeps in a seal's JSON column besides the whole-text hash: the per-§ hashes,
 * the hashes of the original renditions, the anslag as computed at sealing (so a posting that a
 * crash interrupted can be completed exactly) and whether it was imported. Written and read here
 * only; the format is flat and fixed, so a small reader suffices.
 */
record SealRecord(
    Map<Integer, String> paragrafer, String docx, String html, Anslag anslag, boolean imported) {

  private static final Pattern PARAGRAF = Pattern.compile("\"(\\d+)\":\"([0-9a-f]{64})\"");

  String json() {
    StringBuilder sb = new StringBuilder("{\"kanonisering\":\"").append(Canonical.VERSION)
        .append("\",\"paragrafer\":{");
    boolean first = true;
    for (Map.Entry<Integer, String> e : paragrafer.entrySet()) {
      sb.append(first ? "" : ",").append('"').append(e.getKey()).append("\":\"")
          .append(e.getValue()).append('"');
      first = false;
    }
    sb.append("},\"docx\":\"").append(docx).append("\",\"html\":\"").append(html).append('"');
    sb.append(",\"anslag\":{\"justerat\":\"").append(anslag.justerat())
        .append("\",\"uppsatt\":\"").append(anslag.uppsatt())
        .append("\",\"nedtas\":\"").append(anslag.nedtas())
        .append("\",\"sistaDagForOverklagande\":\"").append(anslag.sistaDagForOverklagande())
        .append("\",\"forvaringsplats\":\"").append(escape(anslag.forvaringsplats()))
        .append("\"},\"importerad\":").append(imported).append('}');
    return sb.toString();
  }

  static SealRecord parse(String json) {
    Map<Integer, String> p = new TreeMap<>();
    String section = between(json, "\"paragrafer\":{", "}");
    Matcher m = PARAGRAF.matcher(section == null ? "" : section);
    while (m.find()) {
      p.put(Integer.parseInt(m.group(1)), m.group(2));
    }
    Anslag a = new Anslag(date(json, "justerat"), date(json, "uppsatt"), date(json, "nedtas"),
        date(json, "sistaDagForOverklagande"), unescape(string(json, "forvaringsplats")));
    return new SealRecord(new LinkedHashMap<>(p), string(json, "docx"), string(json, "html"), a,
        json.contains("\"importerad\":true"));
  }

  static SealRecord of(Seal seal) {
    return parse(seal.paragrafHashes());
  }

  private static LocalDate date(String json, String key) {
    String s = string(json, key);
    return s == null ? null : LocalDate.parse(s);
  }

  /** The string value of {@code key} (values here never hold an unescaped quote). */
  private static String string(String json, String key) {
    Matcher m = Pattern.compile("\"" + key + "\":\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(json);
    return m.find() ? m.group(1) : null;
  }

  private static String between(String s, String open, String close) {
    int i = s.indexOf(open);
    if (i < 0) {
      return null;
    }
    int j = s.indexOf(close, i + open.length());
    return j < 0 ? null : s.substring(i + open.length(), j);
  }

  private static String escape(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c < 0x20) {
        sb.append(String.format("\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static String unescape(String s) {
    if (s == null) {
      return null;
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char n = s.charAt(++i);
        if (n == 'u' && i + 4 < s.length()) {
          sb.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
          i += 4;
        } else {
          sb.append(n);
        }
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
