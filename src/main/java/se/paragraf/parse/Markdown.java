package se.paragraf.parse;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/** Parses a Markdown body with flexmark (core and tables), guarded against deep nesting. */
final class Markdown {
  /** Deeper ASTs (e.g. thousands of nested emphases) are refused before conversion recurses. */
  static final int MAX_NODE_DEPTH = 64;
  private static final long STACK_BYTES = 64L << 20;
  private static final Parser PARSER = Parser.builder(new MutableDataSet()
      .set(Parser.EXTENSIONS, List.of(TablesExtension.create()))
      .toImmutable()).build();

  private Markdown() {}

  /** The document, or null (with a fel) when the body is nested too deeply to read. */
  static Document parse(String body, Body at) {
    if (!BodyGuard.check(body, at)) {
      return null;
    }
    Document doc = parseOnLargeStack(body, at);
    if (doc == null || !depthOk(doc, at)) {
      return null;
    }
    return doc;
  }

  /**
   * flexmark recurses per nesting level in places no pre-scan can foresee; a thread with a large
   * stack makes the limit the same whoever calls, and an overflow there is a clean fel.
   */
  private static Document parseOnLargeStack(String body, Body at) {
    AtomicReference<Document> doc = new AtomicReference<>();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread t = new Thread(null, () -> {
      try {
        doc.set(PARSER.parse(body));
      } catch (StackOverflowError | RuntimeException e) {
        failure.set(e);
      }
    }, "paragraf-markdown", STACK_BYTES);
    t.start();
    try {
      t.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("avbruten", e);
    }
    if (failure.get() instanceof StackOverflowError) {
      at.problems().fel(at.pos(0), "Texten är för djupt nästlad för att kunna läsas.");
      return null;
    }
    if (failure.get() != null) {
      throw new IllegalStateException(failure.get());
    }
    return doc.get();
  }

  private record Level(Node node, int depth) {}

  private static boolean depthOk(Document doc, Body at) {
    Deque<Level> todo = new ArrayDeque<>();
    todo.push(new Level(doc, 0));
    while (!todo.isEmpty()) {
      Level l = todo.pop();
      if (l.depth() > MAX_NODE_DEPTH) {
        at.problems().fel(at.pos(l.node()), "Texten är för djupt nästlad (fler än "
            + MAX_NODE_DEPTH + " nivåer).");
        return false;
      }
      for (Node c = l.node().getLastChild(); c != null; c = c.getPrevious()) {
        todo.push(new Level(c, l.depth() + 1));
      }
    }
    return true;
  }
}
