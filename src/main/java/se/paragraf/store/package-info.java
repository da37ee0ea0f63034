/**
 * Paragraf's persistence: source texts (organ.yaml and meeting Markdown) as append-only
 * revisions, the § ledger, accounts and sessions, the justering records, the anslagstavla and the
 * audit log, on SQLite (default, {@link se.paragraf.store.Database#DEFAULT_URL}) or PostgreSQL.
 *
 * <p>Open one {@link se.paragraf.store.Database} per process; it runs the vendor's migrations
 * (resources {@code db/migration/sqlite} and {@code db/migration/postgresql}) on open. Each area
 * has its own class ({@code db.revisions()}, {@code db.ledger()}, …); every write is one
 * transaction. Failures are {@link se.paragraf.store.StoreException}s with Swedish messages for
 * the user: {@link se.paragraf.store.NotFoundException} (404), {@link
 * se.paragraf.store.ConflictException} (409) with the subclasses {@link
 * se.paragraf.store.StaleRevisionException} and {@link se.paragraf.store.SealedException}, and
 * {@link se.paragraf.store.InvalidInputException} (400).
 *
 * <p>The store never parses Markdown or YAML and does not decide the workflow: statuses are
 * strings the workflow defines, and it is the workflow that withdraws signatures after a change,
 * seals when the last signature lands and writes the audit entries.
 */
package se.paragraf.store;
