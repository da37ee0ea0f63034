package se.paragraf.store;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * A crash-test helper: saves revisions of one document in a loop and prints {@code ACK n} on
 * standard output after each committed save, so a test can kill it with SIGKILL at any moment and
 * then check that every acknowledged revision is in the database.
 *
 * <p>Usage: {@code SaveLoop <jdbc-url> <document-id> <count>}
 */
public final class SaveLoop {
  private SaveLoop() {}

  /** The text saved as revision {@code n}: recognisable, and long enough to span pages. */
  public static String textFor(int n) {
    return "# Revision " + n + "\n\n" + ("Beslut enligt förslaget, revision " + n + ". ").repeat(60);
  }

  public static void main(String[] args) {
    if (args.length != 3) {
      System.err.println("usage: SaveLoop <jdbc-url> <document-id> <count>");
      System.exit(2);
    }
    long documentId = Long.parseLong(args[1]);
    int count = Integer.parseInt(args[2]);
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    try (Database db = Database.open(args[0])) {
      Revisions revisions = db.revisions();
      Long base = revisions.latest(documentId).map(r -> (long) r.number()).orElse(null);
      for (int i = 0; i < count; i++) {
        int next = base == null ? 1 : (int) (base + 1);
        Revision saved = revisions.save(documentId, base, textFor(next), "saveloop");
        // Only now is the revision committed, so only now may it be acknowledged.
        out.println("ACK " + saved.number());
        out.flush();
        base = (long) saved.number();
      }
    }
  }
}
