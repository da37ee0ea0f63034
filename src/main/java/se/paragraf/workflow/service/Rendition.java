package se.paragraf.workflow.service;

/**
 * A rendered document for download.
 *
 * @param format "html", "docx" or "md"
 * @param fileName a suggested download name
 * @param origin where the bytes come from
 */
public record Rendition(
    String format, String contentType, String fileName, byte[] bytes, Origin origin) {

  /** Where a rendition's bytes come from. */
  public enum Origin {
    /** The original stored with the seal when the protokoll was justerat. */
    ORIGINAL,
    /** The copy stored when the kallelse was sent. */
    SKICKAD,
    /** Rendered now from the latest revision (or the unsaved text of a preview). */
    AKTUELL,
    /** The public copy: §§ under sekretess replaced by a stub. */
    PUBLIK,
    /** A certified protokollsutdrag rendered from the sealed revision. */
    UTDRAG
  }

  /** The Content-Type of {@code format}. */
  public static String contentType(String format) {
    switch (format) {
      case "html":
        return "text/html; charset=utf-8";
      case "docx":
        return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
      default:
        return "text/markdown; charset=utf-8";
    }
  }
}
