package se.paragraf.store;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * The § ledger: per organ and series, numbers are handed out consecutively and each at most once
 * (a UNIQUE key on organ, series and number). Allocation takes the series' counter row under lock
 * (SELECT … FOR UPDATE on PostgreSQL, BEGIN IMMEDIATE on SQLite), so concurrent creators, even in
 * separate app instances, get disjoint, gap-free ranges.
 *
 * <p>Numbers are never released once their document is sealed. While a document is not sealed and
 * still holds the newest numbers of its series, {@link #resize} may grow or shrink its range, which
 * is the only re-allocation there is: anything else would leave a gap or renumber a later one.
 */
public final class Ledger {
  /** The series year of an organ that numbers its §§ löpande (across years). */
  public static final int LOPANDE = 0;

  private static final int MAX_COUNT = 1000;

  private final Context ctx;

  Ledger(Context ctx) {
    this.ctx = ctx;
  }

  /**
   * Allocates {@code count} consecutive § numbers for the document.
   *
   * @param seriesYear the year of a per-year series, or {@link #LOPANDE}
   * @param firstNumberOfSeries the series' first number (organ.yaml's "första paragraf"); the
   *     allocation never starts below it
   * @return the first of the {@code count} numbers: one above the highest allocated in the series
   */
  public int allocate(
      String organKey, int seriesYear, int count, long documentId, int firstNumberOfSeries) {
    if (count < 1 || count > MAX_COUNT) {
      throw new InvalidInputException("Antalet paragrafer ska vara mellan 1 och " + MAX_COUNT + ".");
    }
    if (firstNumberOfSeries < 1) {
      throw new InvalidInputException("Första paragrafnumret ska vara minst 1.");
    }
    requireSeries(seriesYear);
    return ctx.jdbc.write(
        h -> {
          requireDraftOf(h, documentId, organKey);
          h.update(
              "INSERT INTO ledger_series (organ_key, series_year, last_number) VALUES (?, ?, 0)"
                  + " ON CONFLICT (organ_key, series_year) DO NOTHING",
              organKey,
              seriesYear);
          int last = lockSeries(h, organKey, seriesYear);
          int first = Math.max(last + 1, firstNumberOfSeries);
          extend(h, organKey, seriesYear, documentId, first, first + count - 1);
          return first;
        });
  }

  /** The numbers the document holds, ascending. */
  public List<Integer> numbers(long documentId) {
    return ctx.jdbc.read(h -> entries(h, documentId));
  }

  /** The highest number allocated in the series, if any. */
  public Optional<Integer> last(String organKey, int seriesYear) {
    return ctx.jdbc.read(
        h ->
            h.one(
                "SELECT number FROM ledger_entry WHERE organ_key = ? AND series_year = ?"
                    + " ORDER BY number DESC LIMIT 1",
                r -> r.intValue("number"),
                organKey,
                seriesYear));
  }

  /**
   * Grows or shrinks the document's range to {@code count} numbers (0 gives them all back), keeping
   * its first number. Only for an unsealed document whose range is the newest of its series.
   *
   * @return the numbers the document holds afterwards
   * @throws ConflictException when a later document already holds numbers of the series
   * @throws SealedException when the document is justerat
   */
  public List<Integer> resize(long documentId, int count) {
    if (count < 0 || count > MAX_COUNT) {
      throw new InvalidInputException("Antalet paragrafer ska vara mellan 0 och " + MAX_COUNT + ".");
    }
    return ctx.jdbc.write(
        h -> {
          StoredDocument doc = requireDraftOf(h, documentId, null);
          List<Integer> held = entries(h, documentId);
          Optional<Integer> series = seriesOf(h, documentId);
          if (held.isEmpty() || series.isEmpty()) {
            throw new ConflictException("Dokumentet har inga paragrafnummer att ändra.");
          }
          int year = series.get();
          int last = lockSeries(h, doc.organKey(), year);
          int first = held.get(0);
          if (held.get(held.size() - 1) != last || last - first + 1 != held.size()) {
            throw new ConflictException(
                "Paragrafnumren kan inte ändras: ett senare protokoll har redan fått nummer.");
          }
          int newLast = first + count - 1;
          if (count > held.size()) {
            extend(h, doc.organKey(), year, documentId, last + 1, newLast);
          } else {
            h.update(
                "DELETE FROM ledger_entry WHERE organ_key = ? AND series_year = ? AND number > ?",
                doc.organKey(),
                year,
                newLast);
            h.update(
                "UPDATE ledger_series SET last_number = ? WHERE organ_key = ? AND series_year = ?",
                newLast,
                doc.organKey(),
                year);
          }
          return entries(h, documentId);
        });
  }

  private void extend(Handle h, String organKey, int year, long documentId, int from, int to)
      throws SQLException {
    for (int n = from; n <= to; n++) {
      h.update(
          "INSERT INTO ledger_entry (organ_key, series_year, number, document_id, allocated_at)"
              + " VALUES (?, ?, ?, ?, ?)",
          organKey,
          year,
          n,
          documentId,
          ctx.now());
    }
    h.update(
        "UPDATE ledger_series SET last_number = ? WHERE organ_key = ? AND series_year = ?",
        to,
        organKey,
        year);
  }

  private static int lockSeries(Handle h, String organKey, int year) throws SQLException {
    return h.one(
            "SELECT last_number FROM ledger_series WHERE organ_key = ? AND series_year = ?"
                + h.dialect().forUpdate(),
            r -> r.intValue("last_number"),
            organKey,
            year)
        .orElseThrow();
  }

  /** Locks the document; it must exist, belong to the organ (when given) and not be sealed. */
  private static StoredDocument requireDraftOf(Handle h, long documentId, String organKey)
      throws SQLException {
    StoredDocument doc = Documents.lockUnsealed(h, documentId);
    if (organKey != null && !doc.organKey().equals(organKey)) {
      throw new InvalidInputException("Dokumentet hör inte till organet " + organKey + ".");
    }
    return doc;
  }

  private static List<Integer> entries(Handle h, long documentId) throws SQLException {
    return h.list(
        "SELECT number FROM ledger_entry WHERE document_id = ? ORDER BY number",
        r -> r.intValue("number"),
        documentId);
  }

  private static Optional<Integer> seriesOf(Handle h, long documentId) throws SQLException {
    List<Integer> years =
        h.list(
            "SELECT DISTINCT series_year FROM ledger_entry WHERE document_id = ?",
            r -> r.intValue("series_year"),
            documentId);
    if (years.size() > 1) {
      throw new ConflictException("Dokumentet har nummer i flera serier och kan inte ändras.");
    }
    return years.stream().findFirst();
  }

  private static void requireSeries(int seriesYear) {
    if (seriesYear != LOPANDE && (seriesYear < 1900 || seriesYear > 9999)) {
      throw new InvalidInputException("Ogiltigt år för paragrafserien: " + seriesYear + ".");
    }
  }
}
