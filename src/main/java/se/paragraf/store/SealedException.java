package se.paragraf.store;

/** The document is justerat and sealed; nothing about its text may change any more. */
public class SealedException extends ConflictException {
  private final long documentId;

  public SealedException(long documentId) {
    super(
        "Protokollet är justerat och kan inte ändras. Rättelser görs i ett nytt dokument som"
            + " hänvisar till det justerade.");
    this.documentId = documentId;
  }

  public long documentId() {
    return documentId;
  }
}
