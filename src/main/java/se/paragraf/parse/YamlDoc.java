package se.paragraf.parse;

import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.MappingEndEvent;
import org.snakeyaml.engine.v2.events.MappingStartEvent;
import org.snakeyaml.engine.v2.events.SequenceEndEvent;
import org.snakeyaml.engine.v2.events.SequenceStartEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import se.paragraf.model.SourcePos;

/**
 * Composes YAML text into a snakeyaml node tree (not loaded into Java objects, so every node keeps
 * its position) and translates snakeyaml's errors into Swedish problems at file positions.
 */
final class YamlDoc {
  static final int MAX_DEPTH = 8;
  /** Composing recurses a few frames per level; this many levels fit on any thread's stack. */
  private static final int COMPOSE_DIRECTLY = 256;

  private YamlDoc() {}

  /**
   * The root node of {@code yaml}, which starts on file line {@code firstLine}; null (with a fel)
   * when it is broken, null without a fel when it holds no document.
   */
  static Node compose(String yaml, int firstLine, Problems problems) {
    LoadSettings settings = LoadSettings.builder()
        .setLabel(problems.file())
        .setAllowDuplicateKeys(false)
        .setAllowRecursiveKeys(false)
        .setAllowNonScalarKeys(false)
        .setMaxAliasesForCollections(10)
        .setCodePointLimit((int) SourceText.MAX_BYTES)
        .build();
    try {
      // the event stream is read first only when composing could recurse deeply: a second
      // pass over every front matter was a visible share of the live preview
      int bound = collectionsBound(yaml);
      if (bound > COMPOSE_DIRECTLY && !depthOk(settings, yaml, firstLine, problems)) {
        return null;
      }
      Node root = new Compose(settings).composeString(yaml).orElse(null);
      if (root != null && bound > MAX_DEPTH && !YamlDepth.ok(root, firstLine, problems)) {
        return null;
      }
      return root;
    } catch (MarkedYamlEngineException e) {
      problems.fel(markPos(e, firstLine), "Trasig YAML: " + YamlErrors.gist(e.getProblem()) + ".");
    } catch (ReaderException e) {
      problems.fel(codePointPos(yaml, e.getPosition(), firstLine), String.format(
          "Trasig YAML: otillåtet tecken U+%04X.", e.getCodePoint()));
    } catch (YamlEngineException e) {
      problems.fel(SourcePos.of(firstLine, 1),
          "Trasig YAML: " + YamlErrors.gist(e.getMessage()) + ".");
    }
    return null;
  }

  /** The file position of a node's start. */
  static SourcePos pos(Node node, int firstLine) {
    return node.getStartMark().map(m -> pos(m, firstLine)).orElse(SourcePos.of(firstLine, 1));
  }

  static SourcePos pos(Mark m, int firstLine) {
    return SourcePos.of(m.getLine() + firstLine, m.getColumn() + 1);
  }

  /**
   * At least as many as the collections in {@code yaml}: each mapping or sequence has an
   * indicator of its own (its first ':', '-', '?', '[' or '{'), so it bounds the nesting too.
   */
  static int collectionsBound(String yaml) {
    int n = 0;
    for (int i = 0; i < yaml.length(); i++) {
      char c = yaml.charAt(i);
      if (c == ':' || c == '-' || c == '?' || c == '[' || c == '{') {
        n++;
      }
    }
    return n;
  }

  /** Nesting checked on the event stream, before composing recurses once per level. */
  private static boolean depthOk(LoadSettings settings, String yaml, int firstLine,
      Problems problems) {
    int depth = 0;
    for (Event e : new Parse(settings).parseString(yaml)) {
      if (e instanceof MappingStartEvent || e instanceof SequenceStartEvent) {
        depth++;
        if (depth > MAX_DEPTH) {
          SourcePos at = e.getStartMark().map(m -> pos(m, firstLine))
              .orElse(SourcePos.of(firstLine, 1));
          problems.fel(at, "Trasig YAML: för djup nästling (högst " + MAX_DEPTH + " nivåer).");
          return false;
        }
      } else if (e instanceof MappingEndEvent || e instanceof SequenceEndEvent) {
        depth--;
      }
    }
    return true;
  }

  private static SourcePos markPos(MarkedYamlEngineException e, int firstLine) {
    Optional<Mark> mark = YamlErrors.preferContext(e.getProblem(), e.getContext())
        ? e.getContextMark().or(e::getProblemMark) : e.getProblemMark().or(e::getContextMark);
    return mark.map(m -> pos(m, firstLine)).orElse(SourcePos.of(firstLine, 1));
  }

  private static SourcePos codePointPos(String yaml, int codePoint, int firstLine) {
    int offset = yaml.offsetByCodePoints(0, Math.min(codePoint, yaml.codePointCount(0,
        yaml.length())));
    SourcePos p = SourceText.of(yaml).pos(offset);
    return SourcePos.of(p.line() + firstLine - 1, p.column());
  }
}
