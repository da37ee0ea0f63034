package se.paragraf.workflow.service;

import java.util.List;
import se.paragraf.model.Organ;
import se.paragraf.store.Database;
import se.paragraf.store.Seal;
import se.paragraf.store.SourceKind;
import se.paragraf.store.StoredDocument;

/**
 * Tells whether a file is an original rendition (DOCX or HTML) of a justerat protokoll, or its
 * canonical text. The seal's own column indexes only the canonical text's hash, so the rendition
 * hashes are compared from each seal's record (one pass over the sealed documents).
 */
public final class Verifier {
  private final Database db;
  private final Sources sources;

  Verifier(Database db, Sources sources) {
    this.db = db;
    this.sources = sources;
  }

  /** Compares the SHA-256 of {@code file} with every seal's originals and canonical text. */
  public Verdict verify(byte[] file) {
    String hash = Canonical.sha256(file);
    List<Seal> byText = db.seals().bySha256(hash);
    if (!byText.isEmpty()) {
      return match("text", hash, byText.get(0));
    }
    for (se.paragraf.store.Organ o : db.organs().organs()) {
      for (StoredDocument d : db.documents().documents(o.key())) {
        if (d.kind() != SourceKind.PROTOKOLL) {
          continue;
        }
        var seal = db.seals().seal(d.id());
        if (seal.isPresent()) {
          SealRecord rec = SealRecord.of(seal.get());
          if (hash.equals(rec.docx())) {
            return match("docx", hash, seal.get());
          }
          if (hash.equals(rec.html())) {
            return match("html", hash, seal.get());
          }
        }
      }
    }
    return new Verdict(false, null, hash, null, null, "Filen" + kindOf(file) + " stämmer inte med"
        + " något justerat protokoll i databasen. Den är ändrad eller inte ett original från"
        + " Paragraf. (SHA-256 " + hash + ")");
  }

  private Verdict match(String kind, String hash, Seal seal) {
    SealInfo info = Sealer.info(seal);
    DocumentSummary d = sources.summary(seal.documentId());
    Organ organ = sources.organParsed(d.organKey()).value();
    String who = organ == null ? d.organKey() : organ.namn() + ", " + organ.organisation();
    String what = kind.equals("text") ? "den kanoniska texten" : "ett original (" + kind
        .toUpperCase(java.util.Locale.ROOT) + ")";
    String part = d.isOmedelbar() ? "de omedelbart justerade paragraferna i protokollet" : "protokollet";
    String message = "Filen är " + what + " av " + part + " från " + who + ", sammanträdet "
        + d.meetingDate() + ", justerat " + SealRecord.of(seal).anslag().justerat()
        + (info.imported() ? " (importerat)" : "") + ". Undertecknat: "
        + String.join("; ", info.signers()) + ". Försegling " + info.reference() + ".";
    return new Verdict(true, kind, hash, info, d, message);
  }

  /** " (DOCX)", " (HTML)" or "" by the file's first bytes, for the message only. */
  private static String kindOf(byte[] file) {
    if (file.length > 1 && file[0] == 'P' && file[1] == 'K') {
      return " (DOCX)";
    }
    String head = new String(file, 0, Math.min(file.length, 512),
        java.nio.charset.StandardCharsets.UTF_8).toLowerCase(java.util.Locale.ROOT);
    return head.contains("<html") || head.contains("<!doctype html") ? " (HTML)" : "";
  }
}
