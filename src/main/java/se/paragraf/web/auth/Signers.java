package se.paragraf.web.auth;

import se.paragraf.store.Database;
import se.paragraf.store.Signature;

/** Whether an account is asked to sign a document: its person has a justering request on it. */
public final class Signers {
  private Signers() {}

  public static boolean isSigner(Database db, long documentId, Viewer v) {
    if (v.personName() == null) {
      return false;
    }
    for (Signature s : db.signatures().signatures(documentId)) {
      if (v.isPerson(s.personName())) {
        return true;
      }
    }
    return false;
  }
}
