package se.paragraf.model;

import java.util.List;

/**
 * Everything a renderer needs for one document. Renderers see only this, never Markdown.
 *
 * @param utdrag for {@link DocumentType#UTDRAG}: the § numbers to copy; else empty
 * @param anslag the tillkännagivande, or null: BEVIS OM ANSLAG then shows blank fields
 * @param referens for an utdrag of a sealed protokoll: the seal's reference printed under "Rätt
 *     utdraget intygar"; else null
 */
public record Document(DocumentType type, Organ organ, Meeting meeting, List<Integer> utdrag,
    Anslag anslag, String referens) {

  public Document {
    utdrag = List.copyOf(utdrag);
  }

  public Document(
      DocumentType type, Organ organ, Meeting meeting, List<Integer> utdrag, Anslag anslag) {
    this(type, organ, meeting, utdrag, anslag, null);
  }

  public static Document of(Organ organ, Meeting meeting, Anslag anslag) {
    DocumentType t =
        meeting.kind() == DocumentKind.KALLELSE ? DocumentType.KALLELSE : DocumentType.PROTOKOLL;
    return new Document(t, organ, meeting, List.of(), anslag);
  }

  public static Document utdrag(Organ organ, Meeting protokoll, List<Integer> paragrafer,
      Anslag anslag) {
    return new Document(DocumentType.UTDRAG, organ, protokoll, paragrafer, anslag);
  }

  /** An utdrag certified against a seal ({@code referens}). */
  public Document withReferens(String reference) {
    return new Document(type, organ, meeting, utdrag, anslag, reference);
  }
}
