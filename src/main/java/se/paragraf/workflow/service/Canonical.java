package se.paragraf.workflow.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.paragraf.model.Arende;
import se.paragraf.model.Meeting;
import se.paragraf.render.markdown.MarkdownWriter;
import se.paragraf.workflow.SourcePositions;

/**
 * The canonical text a seal hashes, so the hash depends on what the protokoll says and not on how
 * the source was typed: the parsed model written back by {@link MarkdownWriter} (source positions
 * cleared), Unicode NFC, LF line ends, no trailing spaces or tabs on any line. Version tag
 * {@link #VERSION} is stored with each seal.
 */
public final class Canonical {
  /** The name of this canonicalisation, kept in the seal record. */
  public static final String VERSION = "paragraf-md-1";

  private Canonical() {}

  /** The canonical text of the whole meeting. */
  public static String text(Meeting m) {
    return normalize(MarkdownWriter.write(SourcePositions.cleared(m)));
  }

  /**
   * The canonical text of each numbered § (its heading and body, without the front matter), by
   * § number in document order.
   */
  public static Map<Integer, String> paragrafer(Meeting m) {
    Meeting clean = SourcePositions.cleared(m);
    String head = MarkdownWriter.write(clean.withArenden(List.of()));
    Map<Integer, String> out = new LinkedHashMap<>();
    for (Arende a : clean.arenden()) {
      if (a.nummer() != null) {
        String whole = MarkdownWriter.write(clean.withArenden(List.of(a)));
        // the writer puts one blank line between the front matter and the first heading
        out.put(a.nummer(), normalize(whole.substring(head.length() + 1)));
      }
    }
    return out;
  }

  /** The SHA-256 of each numbered §'s canonical text, by § number in document order. */
  public static Map<Integer, String> paragrafHashes(Meeting m) {
    Map<Integer, String> out = new LinkedHashMap<>();
    paragrafer(m).forEach((n, t) -> out.put(n, sha256(t)));
    return out;
  }

  /** NFC, LF line ends, trailing spaces and tabs removed from each line. */
  public static String normalize(String s) {
    String lf = Normalizer.normalize(s, Normalizer.Form.NFC).replace("\r\n", "\n").replace('\r', '\n');
    return lf.replaceAll("[ \\t]+(?=\n|$)", "");
  }

  /** Lower-case hex SHA-256 of the UTF-8 bytes of {@code text}. */
  public static String sha256(String text) {
    return sha256(text.getBytes(StandardCharsets.UTF_8));
  }

  /** Lower-case hex SHA-256 of {@code bytes}. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 saknas i JVM:en", e);
    }
  }
}
