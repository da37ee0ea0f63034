package se.paragraf.render.html;

import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.paragraf.model.Document;
import se.paragraf.model.DocumentType;
import se.paragraf.render.RenderException;
import se.paragraf.render.Renderer;
import se.paragraf.render.Templates;

/**
 * Renders a document as one self-contained HTML page through the board's Freemarker templates
 * ({@code kallelse.ftlh}, {@code protokoll.ftlh}, {@code utdrag.ftlh}). Thread-safe: the
 * configuration and its template cache are built once per instance.
 */
public final class HtmlRenderer implements Renderer {
  private final Configuration cfg;
  private final ArendeHtml arendeHtml;

  public HtmlRenderer(Templates templates) {
    this.cfg = FreemarkerSetup.configuration(templates);
    this.arendeHtml = new ArendeHtml(cfg);
  }

  @Override
  public String format() {
    return "html";
  }

  @Override
  public byte[] render(Document document) throws RenderException {
    return renderString(document).getBytes(StandardCharsets.UTF_8);
  }

  /** The page as text. */
  public String renderString(Document document) throws RenderException {
    String name = templateName(document.type());
    try {
      Template t = cfg.getTemplate(name);
      List<Map<String, Object>> arenden = arendeHtml.maps(document);
      Map<String, Object> model;
      try {
        model = HtmlModel.of(document, arenden);
      } catch (freemarker.template.TemplateModelException e) {
        throw new RenderException("Texten kunde inte göras om till HTML: " + e.getMessage(), e);
      }
      StringWriter out = new StringWriter(32 * 1024);
      t.process(model, out);
      return out.toString();
    } catch (TemplateNotFoundException e) {
      throw new RenderException("Mallen " + name + " saknas.", e);
    } catch (ParseException e) {
      throw new RenderException("Mallen " + e.getTemplateName() + " har ett fel på rad "
          + e.getLineNumber() + ": " + firstLine(e.getEditorMessage()), e);
    } catch (TemplateException e) {
      throw new RenderException("Mallen " + name + " kunde inte användas: "
          + firstLine(e.getMessageWithoutStackTop()), e);
    } catch (IOException e) {
      throw new RenderException("Mallen " + name + " kunde inte läsas: " + e.getMessage(), e);
    }
  }

  static String templateName(DocumentType type) {
    return type.name().toLowerCase(Locale.ROOT) + ".ftlh";
  }

  private static String firstLine(String s) {
    int nl = s == null ? -1 : s.indexOf('\n');
    return nl < 0 ? String.valueOf(s) : s.substring(0, nl);
  }
}
