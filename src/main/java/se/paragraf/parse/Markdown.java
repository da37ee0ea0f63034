package se.paragraf.parse;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import se.paragraf.util.LargeStack;

/** Parses a Markdown body with flexmark (core and tables), guarded against deep nesting. */
final class Markdown {
  /** Deeper ASTs (e.g. thousands of nested emphases) are refused before conversion recurses. */
  static final int MAX_NODE_DEPTH = 64;
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
   * flexmark recurses per nesting level in places no pre-scan can foresee; on a thread with a
   * large stack the limit is the same whoever calls, and an overflow there is a clean fel. The
   * web server's threads have such stacks and parse directly; other callers hand the parse to a
   * small pool of them (a new thread per parse was a visible share of the live preview).
   */
  private static final ExecutorService LARGE_STACKS = largeStackPool();

  private static ExecutorService largeStackPool() {
    int n = Math.max(2, Runtime.getRuntime().availableProcessors());
    ThreadPoolExecutor pool = new ThreadPoolExecutor(n, n, 60, TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(), LargeStack.factory("paragraf-markdown"));
    pool.allowCoreThreadTimeOut(true);
    return pool;
  }

  private static Document parseOnLargeStack(String body, Body at) {
    try {
      return LargeStack.current() ? PARSER.parse(body) : onPool(body);
    } catch (StackOverflowError e) {
      at.problems().fel(at.pos(0), "Texten är för djupt nästlad för att kunna läsas.");
      return null;
    }
  }

  private static Document onPool(String body) {
    Future<Document> parsed = LARGE_STACKS.submit(() -> PARSER.parse(body));
    try {
      return parsed.get();
    } catch (InterruptedException e) {
      parsed.cancel(true);
      Thread.currentThread().interrupt();
      throw new IllegalStateException("avbruten", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof StackOverflowError so) {
        throw so;
      }
      throw new IllegalStateException(e.getCause());
    }
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
