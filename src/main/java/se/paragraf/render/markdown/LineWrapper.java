package se.paragraf.render.markdown;

import java.util.ArrayList;
import java.util.List;

/**
 * Wraps a paragraph at {@link InlineWriter#BREAK} marks to a width, as a sekreterare would type
 * it. A line is never begun where the text would turn into a list, heading, label or att-sats.
 */
final class LineWrapper {
  static final int WIDTH = 100;

  private LineWrapper() {}

  /** The lines of {@code s}; a newline in {@code s} always ends a line. */
  static List<String> wrap(String s, int width) {
    List<String> out = new ArrayList<>();
    for (String segment : s.split("\n", -1)) {
      String[] words = segment.split(String.valueOf(InlineWriter.BREAK), -1);
      StringBuilder line = new StringBuilder(words[0]);
      for (int i = 1; i < words.length; i++) {
        String w = words[i];
        boolean full = line.length() + 1 + w.length() > width;
        if (full && !w.isEmpty() && line.length() > 0 && line.charAt(line.length() - 1) != ' '
            && InlineWriter.safeLineStart(rest(words, i))) {
          out.add(line.toString());
          line = new StringBuilder(w);
        } else {
          line.append(' ').append(w);
        }
      }
      out.add(line.toString());
    }
    return out;
  }

  /** Plain text (a label value) with its spaces as break marks. */
  static List<String> wrapPlain(String s, int width) {
    return wrap(s.replace('\n', ' ').replace(' ', InlineWriter.BREAK), width);
  }

  /** The next few words from {@code i}, enough to recognise a label. */
  private static String rest(String[] words, int i) {
    StringBuilder sb = new StringBuilder(words[i]);
    for (int j = i + 1; j < Math.min(words.length, i + 3); j++) {
      sb.append(' ').append(words[j]);
    }
    return sb.toString();
  }
}
