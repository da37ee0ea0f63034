package se.paragraf.workflow.service;

/**
 * One line of a line diff between two texts.
 *
 * @param oldLine 1-based line in the old text, 0 for an added line
 * @param newLine 1-based line in the new text, 0 for a removed line
 */
public record DiffLine(Op op, int oldLine, int newLine, String text) {
  /** Whether the line is in both texts, only the old one or only the new one. */
  public enum Op {
    SAME,
    REMOVED,
    ADDED
  }
}
