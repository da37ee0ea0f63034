package se.paragraf.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import se.paragraf.web.api.Json;

/**
 * axe-core (src/test/resources/e2e/axe.min.js, from the npm package) injected into the current
 * page and run against WCAG 2.0 and 2.1, levels A and AA. Frames are not followed: the editor's
 * preview frame is sandboxed without scripts, so the rendition inside it is checked as a page of
 * its own.
 */
final class Axe {
  static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  private static final String SOURCE = load();

  private static final String RUN = String.join("\n",
      "var done = arguments[arguments.length - 1];",
      "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, iframes: false,",
      "    resultTypes: ['violations']})",
      "  .then(function (r) {",
      "    done(JSON.stringify(r.violations.map(function (v) {",
      "      return {id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(function (n) {",
      "        return n.target.join(' ') + ' ' + n.html.slice(0, 160) + ' – '",
      "            + (n.failureSummary || '').replace(/\\s+/g, ' ');",
      "      })};",
      "    })));",
      "  })",
      "  .catch(function (e) { done('ERROR ' + e); });");

  private Axe() {}

  /** One rule broken on a page, with the elements that break it. */
  record Violation(String page, String id, String impact, String help, List<String> nodes) {
    boolean seriousOrCritical() {
      return "serious".equals(impact) || "critical".equals(impact);
    }

    @Override
    public String toString() {
      return page + ": " + id + " (" + impact + ") " + help + "\n      "
          + String.join("\n      ", nodes);
    }
  }

  /** Every WCAG 2.1 A/AA violation axe finds on the page now shown, whatever its impact. */
  @SuppressWarnings("unchecked")
  static List<Violation> check(WebDriver driver, String page) {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    js.executeScript(SOURCE);
    Object result = js.executeAsyncScript(RUN, TAGS);
    if (!(result instanceof String) || ((String) result).startsWith("ERROR")) {
      throw new IllegalStateException("axe failed on " + page + ": " + result);
    }
    List<Violation> out = new ArrayList<>();
    for (Object o : (List<Object>) Json.parse((String) result)) {
      Map<String, Object> v = (Map<String, Object>) o;
      List<String> nodes = new ArrayList<>();
      for (Object n : (List<Object>) v.get("nodes")) {
        nodes.add((String) n);
      }
      out.add(new Violation(page, (String) v.get("id"), (String) v.get("impact"),
          (String) v.get("help"), nodes));
    }
    return out;
  }

  private static String load() {
    try (InputStream in = Axe.class.getResourceAsStream("/e2e/axe.min.js")) {
      if (in == null) {
        throw new IllegalStateException("src/test/resources/e2e/axe.min.js is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
