package se.paragraf.parse;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import se.paragraf.model.SourcePos;

/**
 * A source decoded strictly as UTF-8 with the BOM stripped and every line end (CRLF, CR, LF)
 * turned into LF. Lines and columns stay those of the file: a line end is one line end either way,
 * and the BOM is not a column. Columns count code points; a tab is one column.
 */
final class SourceText {
  static final long MAX_BYTES = 2L * 1024 * 1024;

  private final String text;
  private final int[] lineStarts;
  /** Without surrogate pairs a column is a char count: no rescan of long lines per position. */
  private final boolean bmpOnly;

  private SourceText(String text) {
    this.text = text;
    this.lineStarts = lineStarts(text);
    this.bmpOnly = bmpOnly(text);
  }

  String text() {
    return text;
  }

  /** The position of a char offset into {@link #text()}. */
  SourcePos pos(int offset) {
    int o = Math.max(0, Math.min(offset, text.length()));
    int i = Arrays.binarySearch(lineStarts, o);
    int line = i >= 0 ? i : -i - 2;
    int column = bmpOnly ? o - lineStarts[line] : text.codePointCount(lineStarts[line], o);
    return SourcePos.of(line + 1, column + 1);
  }

  /** The char offset where a 1-based line starts (the text's end past the last line). */
  int lineStart(int line) {
    return line - 1 < lineStarts.length ? lineStarts[line - 1] : text.length();
  }

  int lineCount() {
    return lineStarts.length;
  }

  /** Decodes {@code content}; on failure reports a fel and returns null. */
  static SourceText decode(byte[] content, Problems problems) {
    if (content.length == 0) {
      problems.fel(Problems.START, "Filen är tom.");
      return null;
    }
    if (content.length > MAX_BYTES) {
      problems.fel(Problems.START, tooLarge(content.length));
      return null;
    }
    int start = hasBom(content) ? 3 : 0;
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(content, start, content.length - start);
    CharBuffer out = CharBuffer.allocate(content.length - start + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    String decoded = normalize(out.flip().toString());
    if (result.isError()) {
      int bad = content[in.position()] & 0xff;
      problems.fel(new SourceText(decoded).pos(decoded.length()), String.format(
          "Filen är inte giltig UTF-8 (ogiltig byte 0x%02X); spara den som UTF-8.", bad));
      return null;
    }
    return checked(decoded, problems);
  }

  /**
   * A text already decoded, checked as {@link #decode} checks its UTF-8 bytes: the same size
   * limit, a leading BOM dropped, line ends normalised. Lone surrogates are the caller's to
   * refuse ({@link #hasLoneSurrogate}): they have no UTF-8 bytes.
   */
  static SourceText ofText(String text, Problems problems) {
    if (text.isEmpty()) {
      problems.fel(Problems.START, "Filen är tom.");
      return null;
    }
    long bytes = text.length() > MAX_BYTES / 3 ? utf8Length(text) : text.length();
    if (bytes > MAX_BYTES) {
      problems.fel(Problems.START, tooLarge(bytes));
      return null;
    }
    return checked(normalize(text.charAt(0) == '\uFEFF' ? text.substring(1) : text), problems);
  }

  private static SourceText checked(String decoded, Problems problems) {
    if (decoded.isEmpty()) {
      problems.fel(Problems.START, "Filen är tom.");
      return null;
    }
    if (decoded.isBlank()) {
      problems.fel(Problems.START, "Filen innehåller bara blanktecken.");
      return null;
    }
    return new SourceText(decoded);
  }

  static boolean hasLoneSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  private static long utf8Length(String s) {
    long n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      n += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
    }
    return n;
  }

  /** A text that is already decoded and normalised (for tests and inner parsing). */
  static SourceText of(String text) {
    return new SourceText(normalize(text));
  }

  static String tooLarge(long size) {
    return "Filen är för stor (" + thousands(size) + " byte); största tillåtna storlek är 2 MB ("
        + thousands(MAX_BYTES) + " byte).";
  }

  private static boolean hasBom(byte[] b) {
    return b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF;
  }

  private static String normalize(String s) {
    return s.indexOf('\r') < 0 ? s : s.replace("\r\n", "\n").replace('\r', '\n');
  }

  private static int[] lineStarts(String s) {
    int[] starts = new int[16];
    int n = 1;
    for (int i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) {
      if (n == starts.length) {
        starts = Arrays.copyOf(starts, n * 2);
      }
      starts[n++] = i + 1;
    }
    return Arrays.copyOf(starts, n);
  }

  private static boolean bmpOnly(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isSurrogate(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static String thousands(long n) {
    String digits = Long.toString(n);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < digits.length(); i++) {
      if (i > 0 && (digits.length() - i) % 3 == 0) {
        sb.append(' ');
      }
      sb.append(digits.charAt(i));
    }
    return sb.toString();
  }
}
