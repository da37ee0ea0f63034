package se.paragraf.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import se.paragraf.model.Meeting;
import se.paragraf.util.LargeStack;

/** A parse on a large-stack thread (the web server's) reads as one handed to the parser pool. */
class LargeStackParseTest {
  private static <T> T onLargeStack(Callable<T> work) throws Exception {
    ExecutorService ex = Executors.newSingleThreadExecutor(LargeStack.factory("test"));
    try {
      return ex.submit(work).get();
    } finally {
      ex.shutdown();
    }
  }

  @Test
  void onlyTheFactorysThreadsAreLarge() throws Exception {
    assertFalse(LargeStack.current());
    assertTrue(onLargeStack(LargeStack::current));
  }

  @Test
  void deepAndOrdinarySourcesReadTheSameOnEitherThread() throws Exception {
    String ordinary = Files.readString(Path.of("agendas/norrdal/2025-09-18-protokoll.md"));
    String deep = ordinary + "\n" + "*".repeat(3000) + "x" + "*".repeat(3000) + "\n\n"
        + "[".repeat(150) + "x" + "]".repeat(150) + "\n";
    for (String text : new String[] {ordinary, deep}) {
      Parsed<Meeting> here = MeetingReader.parse("norrdal/2025-09-18-protokoll.md", "x", text);
      assertEquals(here, onLargeStack(
          () -> MeetingReader.parse("norrdal/2025-09-18-protokoll.md", "x", text)));
    }
  }
}
