package se.paragraf.render.docx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.docx4j.wml.Body;
import org.docx4j.wml.SectPr;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.paragraf.model.Document;
import se.paragraf.model.DocumentType;
import se.paragraf.render.RenderException;
import se.paragraf.render.Renderer;
import se.paragraf.render.Templates;
import se.paragraf.render.Typografi;

/**
 * Renders kallelse, protokoll and protokollsutdrag to DOCX with docx4j. Every render starts from
 * the reference document {@code referens.docx} (styles, numbering, page setup), like pandoc's
 * reference.docx: the code only names styles, the reference defines them. The reference's bytes
 * are cached and re-read when the file in the template folder changes.
 */
public final class DocxRenderer implements Renderer {
  private static final Logger LOG = LoggerFactory.getLogger(DocxRenderer.class);
  private final Templates templates;
  private volatile Cached cached;

  private record Cached(String key, ReferenceDoc ref) {}

  public DocxRenderer(Templates templates) {
    this.templates = templates;
  }

  @Override
  public String format() {
    return "docx";
  }

  /**
   * Reads the bundled reference and renders one small protokoll, so the first real render finds
   * its classes loaded and its bindings read. Call it at start-up; in the server, in the
   * background. (No JAXBContext is created: see {@link XmlOut}.)
   */
  public static void warmUp() {
    long t0 = System.nanoTime();
    try {
      new DocxRenderer(Templates.bundled()).render(WarmUp.document());
    } catch (RenderException | RuntimeException e) {
      LOG.warn("DOCX warm-up failed: {}", e.toString());
    }
    LOG.debug("DOCX warm-up took {} ms", (System.nanoTime() - t0) / 1_000_000);
  }

  @Override
  public byte[] render(Document doc) throws RenderException {
    ReferenceDoc ref = reference();
    List<String> missing = ref.missingStyles();
    if (!missing.isEmpty()) {
      throw new RenderException("referensdokumentet " + ReferenceDoc.NAME
          + " saknar formatmallarna " + String.join(", ", missing));
    }
    try {
      DocxContext ctx = new DocxContext(ref);
      SectPr sect = Wml.F.createSectPr(); // the headers; the rest comes from the reference
      if (doc.type() == DocumentType.KALLELSE) {
        DokumentWriter.kallelse(ctx, doc, sect);
      } else if (doc.type() == DocumentType.PROTOKOLL) {
        DokumentWriter.protokoll(ctx, doc, sect);
      } else {
        DokumentWriter.utdrag(ctx, doc, sect);
      }
      return PackageWriter.write(ctx, document(ctx, sect), titel(doc));
    } catch (IOException | RuntimeException e) {
      throw new RenderException("kunde inte skapa DOCX-dokumentet: " + e.getMessage(), e);
    }
  }

  private static org.docx4j.wml.Document document(DocxContext ctx, SectPr sect) {
    Body body = Wml.F.createBody();
    body.getContent().addAll(ctx.body);
    body.setSectPr(sect);
    org.docx4j.wml.Document d = Wml.F.createDocument();
    d.setBody(body);
    return d;
  }

  static String titel(Document doc) {
    String typ = switch (doc.type()) {
      case KALLELSE -> "Kallelse";
      case PROTOKOLL -> "Protokoll";
      case UTDRAG -> "Protokollsutdrag";
    };
    return typ + " " + doc.organ().namn() + " " + Typografi.iso(doc.meeting().datum()) + ", "
        + doc.organ().organisation();
  }

  /** The reference, read again only when the template folder's copy has changed. */
  private ReferenceDoc reference() throws RenderException {
    String key = key();
    Cached c = cached;
    if (c != null && c.key().equals(key)) {
      return c.ref();
    }
    synchronized (this) {
      c = cached;
      if (c == null || !c.key().equals(key)) {
        byte[] bytes;
        try {
          bytes = templates.read(ReferenceDoc.NAME);
        } catch (UncheckedIOException e) {
          throw new RenderException("referensdokumentet " + ReferenceDoc.NAME
              + " kunde inte läsas: " + e.getCause().getMessage(), e);
        }
        c = new Cached(key, ReferenceDoc.read(bytes));
        cached = c;
      }
      return c.ref();
    }
  }

  private String key() {
    if (templates.dir() == null) {
      return "bundled";
    }
    Path p = templates.dir().resolve(ReferenceDoc.NAME);
    try {
      return Files.isRegularFile(p)
          ? p + "@" + Files.getLastModifiedTime(p).toMillis() + "/" + Files.size(p) : "bundled";
    } catch (IOException e) {
      return "bundled";
    }
  }
}
