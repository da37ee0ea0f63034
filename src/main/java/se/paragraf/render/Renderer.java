package se.paragraf.render;

import se.paragraf.model.Document;

/** Writes a {@link Document} in one output format. Implementations are stateless after creation. */
public interface Renderer {

  /** The format key: "html", "docx". */
  String format();

  /** The file extension, without the dot. */
  default String extension() {
    return format();
  }

  byte[] render(Document document) throws RenderException;
}
