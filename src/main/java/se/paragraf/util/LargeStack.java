package se.paragraf.util;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Threads with a large stack, for parsers that recurse once per nesting level of their input
 * (flexmark): on such a thread the limit is the same whoever calls, and an overflow is a clean
 * error. The web server's request threads are made here, so a request parses on its own thread
 * instead of handing the work over to another one. The stack is address space, not memory: only
 * the pages a deep parse touches are ever used.
 */
public final class LargeStack {
  public static final long BYTES = 64L << 20;

  private LargeStack() {}

  /** Whether the running thread was made here. */
  public static boolean current() {
    return Thread.currentThread() instanceof Marked;
  }

  /** Daemon threads with a large stack, named {@code prefix-1}, {@code prefix-2}, … */
  public static ThreadFactory factory(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return r -> {
      Thread t = new Marked(r, prefix + "-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  private static final class Marked extends Thread {
    Marked(Runnable r, String name) {
      super(null, r, name, BYTES);
    }
  }
}
