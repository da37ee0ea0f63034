package se.paragraf.parse;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.util.sequence.SubSequence;

/**
 * flexmark's sequences as Strings. Its toString copies one char at a time through two interface
 * calls each, a fifth of reading a source; a plain subsequence is a char-for-char view of the
 * source string, so it is cut from that string instead.
 */
final class Sequences {
  private Sequences() {}

  static String text(BasedSequence s) {
    if (s instanceof SubSequence && s.getBase() instanceof String base) {
      return base.substring(s.getStartOffset(), s.getEndOffset());
    }
    return s.toString();
  }

  /** As {@link BasedSequence#unescape()}: backslash escapes and entities resolved. */
  static String unescape(BasedSequence s) {
    String t = text(s);
    // flexmark's own first test, without a regex: nothing to resolve without '\\' or '&'
    return t.indexOf('\\') < 0 && t.indexOf('&') < 0 ? t : Escaping.unescapeString(t);
  }
}
