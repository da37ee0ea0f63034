package se.paragraf.store;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Seals of justerade documents. Once a document has a seal, no new revision is accepted: the store
 * checks it in the save transaction and a trigger checks it again in the database.
 */
public final class Seals {
  private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");
  private static final String COLUMNS =
      "document_id, revision, sha256, paragraf_hashes, signers, sealed_at, docx, html";

  private final Context ctx;

  Seals(Context ctx) {
    this.ctx = ctx;
  }

  /**
   * Seals the document at {@code seal.revision()}.
   *
   * @throws SealedException when it is already sealed
   * @throws StaleRevisionException when a newer revision was saved meanwhile
   */
  public Seal seal(NewSeal seal) {
    if (seal.sha256() == null || !SHA256_HEX.matcher(seal.sha256()).matches()) {
      throw new InvalidInputException("Kontrollsumman ska vara SHA-256 i hexform.");
    }
    if (seal.signers().isEmpty() || seal.signers().stream().anyMatch(s -> s.contains("\n"))) {
      throw new InvalidInputException("Förseglingen saknar giltiga undertecknare.");
    }
    return ctx.jdbc.write(
        h -> {
          Documents.lock(h, seal.documentId());
          if (isSealed(h, seal.documentId())) {
            throw new SealedException(seal.documentId());
          }
          Revisions.requireLatest(h, seal.documentId(), seal.revision());
          Seal stored =
              new Seal(
                  seal.documentId(),
                  seal.revision(),
                  seal.sha256(),
                  seal.paragrafHashes(),
                  List.copyOf(seal.signers()),
                  ctx.now(),
                  seal.docx(),
                  seal.html());
          h.update(
              "INSERT INTO seal (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
              stored.documentId(),
              stored.revision(),
              stored.sha256(),
              stored.paragrafHashes(),
              String.join("\n", stored.signers()),
              stored.sealedAt(),
              stored.docx(),
              stored.html());
          return stored;
        });
  }

  public Optional<Seal> seal(long documentId) {
    return ctx.jdbc.read(
        h ->
            h.one(
                "SELECT " + COLUMNS + " FROM seal WHERE document_id = ?", Seals::map, documentId));
  }

  /** The seals whose whole-text hash is {@code sha256} (for verifying a rendition). */
  public List<Seal> bySha256(String sha256) {
    return ctx.jdbc.read(
        h -> h.list("SELECT " + COLUMNS + " FROM seal WHERE sha256 = ?", Seals::map, sha256));
  }

  static boolean isSealed(Handle h, long documentId) throws SQLException {
    return h.one("SELECT 1 AS x FROM seal WHERE document_id = ?", r -> r.intValue("x"), documentId)
        .isPresent();
  }

  private static Seal map(Row r) throws SQLException {
    return new Seal(
        r.longValue("document_id"),
        r.intValue("revision"),
        r.string("sha256"),
        r.string("paragraf_hashes"),
        List.of(r.string("signers").split("\n")),
        r.instant("sealed_at"),
        r.bytes("docx"),
        r.bytes("html"));
  }
}
