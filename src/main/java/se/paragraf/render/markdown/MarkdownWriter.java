package se.paragraf.render.markdown;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import se.paragraf.model.Arende;
import se.paragraf.model.Document;
import se.paragraf.model.DocumentKind;
import se.paragraf.model.DocumentType;
import se.paragraf.model.Meeting;
import se.paragraf.render.RenderException;
import se.paragraf.render.Renderer;
import se.paragraf.render.UtdragParagrafer;

/**
 * Writes a meeting back in the source syntax of the README's source format: front matter, then one
 * {@code #} heading per ärende. The inverse of the reader: reading the output gives the same
 * model (positions aside). It is what {@code paragraf protokoll} writes for the sekreterare to
 * edit, so paragraphs are wrapped at 100 columns and labels are laid out as a person would.
 */
public final class MarkdownWriter implements Renderer {

  @Override
  public String format() {
    return "md";
  }

  @Override
  public byte[] render(Document document) throws RenderException {
    Meeting m = document.meeting();
    if (document.type() == DocumentType.UTDRAG) {
      m = m.withArenden(UtdragParagrafer.of(document));
    }
    return write(m).getBytes(StandardCharsets.UTF_8);
  }

  /** The source text of {@code m}, ending with a newline. */
  public static String write(Meeting m) {
    List<String> lines = new ArrayList<>(FrontMatterWriter.write(m));
    boolean protokoll = m.kind() == DocumentKind.PROTOKOLL;
    for (Arende a : m.arenden()) {
      lines.add("");
      lines.addAll(ArendeWriter.write(a, protokoll));
    }
    return String.join("\n", lines) + "\n";
  }
}
