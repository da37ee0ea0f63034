package se.paragraf.render.html;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.SimpleObjectWrapper;
import freemarker.template.TemplateExceptionHandler;
import java.util.TimeZone;
import se.paragraf.render.Templates;
import se.paragraf.render.Typografi;

/** The one locked-down Freemarker configuration each {@link HtmlRenderer} builds at creation. */
final class FreemarkerSetup {
  private FreemarkerSetup() {}

  static Configuration configuration(Templates templates) {
    Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
    cfg.setTemplateLoader(new TemplatesLoader(templates));
    cfg.setLocalizedLookup(false);
    cfg.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
    cfg.setDefaultEncoding("UTF-8");
    cfg.setOutputEncoding("UTF-8");
    cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
    cfg.setRecognizeStandardFileExtensions(true);
    cfg.setAutoEscapingPolicy(Configuration.ENABLE_IF_SUPPORTED_AUTO_ESCAPING_POLICY);
    // Pitfall 3: no ?new, no ?api, and a wrapper that refuses every object that is not plain data
    // (the model is Maps, Lists, Strings, Booleans, Integers and pre-sanitised markup).
    cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    cfg.setAPIBuiltinEnabled(false);
    cfg.setObjectWrapper(new SimpleObjectWrapper(Configuration.VERSION_2_3_34));
    cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    cfg.setLogTemplateExceptions(false);
    cfg.setWrapUncheckedExceptions(true);
    cfg.setFallbackOnNullLoopVariable(false);
    cfg.setLocale(Typografi.SV);
    cfg.setTimeZone(TimeZone.getTimeZone("Europe/Stockholm"));
    cfg.setNumberFormat("computer");
    cfg.setBooleanFormat("c");
    return cfg;
  }
}
