package se.paragraf.web.view;

import freemarker.cache.ClassTemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.SimpleObjectWrapper;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;
import java.util.TimeZone;
import se.paragraf.render.Typografi;

/**
 * The web pages' own Freemarker configuration (templates in {@code src/main/resources/web}),
 * locked down like the document renderer's (tech-notes pitfall 3): HTML auto-escaping, no
 * {@code ?new}, no {@code ?api}, and a wrapper that accepts plain maps, lists, strings, numbers
 * and booleans only.
 */
public final class Pages {
  private final Configuration cfg;

  public Pages() {
    Configuration c = new Configuration(Configuration.VERSION_2_3_34);
    c.setTemplateLoader(new ClassTemplateLoader(Pages.class, "/web/"));
    c.setLocalizedLookup(false);
    c.setDefaultEncoding("UTF-8");
    c.setOutputEncoding("UTF-8");
    c.setOutputFormat(HTMLOutputFormat.INSTANCE);
    c.setRecognizeStandardFileExtensions(true);
    c.setAutoEscapingPolicy(Configuration.ENABLE_IF_SUPPORTED_AUTO_ESCAPING_POLICY);
    c.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    c.setAPIBuiltinEnabled(false);
    c.setObjectWrapper(new SimpleObjectWrapper(Configuration.VERSION_2_3_34));
    c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    c.setLogTemplateExceptions(false);
    c.setWrapUncheckedExceptions(true);
    c.setFallbackOnNullLoopVariable(false);
    c.setLocale(Typografi.SV);
    c.setTimeZone(TimeZone.getTimeZone("Europe/Stockholm"));
    c.setNumberFormat("computer");
    c.setBooleanFormat("c");
    this.cfg = c;
  }

  /** Renders {@code name} (e.g. "organ.ftlh") with a plain-data model. */
  public String render(String name, Map<String, Object> model) {
    try {
      Template t = cfg.getTemplate(name);
      StringWriter out = new StringWriter(16 * 1024);
      t.process(model, out);
      return out.toString();
    } catch (IOException | TemplateException e) {
      throw new IllegalStateException("web template " + name + " failed: " + e.getMessage(), e);
    }
  }
}
