package se.paragraf.render.html;

import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.paragraf.model.Arende;
import se.paragraf.model.Document;
import se.paragraf.render.RenderException;
import se.paragraf.util.LruCache;

/**
 * Each top-level ärende rendered on its own through the templates' {@code lib.arende} macro,
 * and kept while the ärende stays the same: the live preview renders the whole document at
 * every keystroke, where one § has changed. The page templates put the result in place with
 * {@code ${a.html}}; the output is the same as calling the macro in the page (the HTML goldens
 * hold it to that). The ärende's template data is kept with it, so an unchanged ärende costs a
 * lookup. Kept per renderer, so per set of templates.
 */
final class ArendeHtml {
  /** What the rendering of one ärende depends on: the macro's arguments and the model's. */
  private record Key(String dokument, String beslutsfras, String ordforande, Arende a) {}

  private static final String FRAGMENT = "<#ftl output_format=\"HTML\" strip_whitespace=true>"
      + "<#import \"lib.ftlh\" as lib><@lib.arende a dokument />";

  private final Configuration cfg;
  private final LruCache<Key, Map<String, Object>> cache = new LruCache<>(512);
  private volatile Template fragment;

  ArendeHtml(Configuration cfg) {
    this.cfg = cfg;
  }

  /**
   * The template data of the document's ärenden, each with its markup as {@code html}: kept
   * (unmodifiable) for an ärende that has not changed, made and rendered for one that has.
   */
  List<Map<String, Object>> maps(Document doc)
      throws TemplateException, IOException, RenderException {
    String dokument = doc.type().name().toLowerCase(Locale.ROOT);
    String fras = HtmlModel.fras(doc);
    String ordforande = Deltagarlista.ordforande(doc.organ(), doc.meeting());
    ArendeModel model = new ArendeModel(fras, ordforande);
    List<Map<String, Object>> out = new ArrayList<>();
    for (Arende a : HtmlModel.arenden(doc)) {
      Key key = new Key(dokument, fras, ordforande, a);
      Map<String, Object> m = cache.peek(key);
      if (m == null) {
        Map<String, Object> made = model.arende(a, 2);
        made.put("html", HTMLOutputFormat.INSTANCE.fromMarkup(render(dokument, made)));
        m = Collections.unmodifiableMap(made);
        cache.put(key, m);
      }
      out.add(m);
    }
    return out;
  }

  private String render(String dokument, Map<String, Object> model)
      throws TemplateException, IOException {
    StringWriter out = new StringWriter(4096);
    template().process(Map.of("a", model, "dokument", dokument), out);
    return out.toString();
  }

  private Template template() throws IOException {
    Template t = fragment;
    if (t == null) {
      t = new Template("arende-fragment", new StringReader(FRAGMENT), cfg);
      fragment = t;
    }
    return t;
  }
}
