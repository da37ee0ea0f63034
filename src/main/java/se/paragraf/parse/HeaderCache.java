package se.paragraf.parse;

import java.util.List;
import org.snakeyaml.engine.v2.nodes.Node;
import se.paragraf.model.Problem;
import se.paragraf.util.LruCache;

/**
 * The front matter read into a {@link MeetingHeader}, kept while its text stays the same: the
 * live preview reads the whole source at every keystroke, and the front matter rarely changes
 * (composing YAML was a tenth of a preview). The header and its problems are a pure function of
 * the file name, the first line and the YAML text, which together are the key.
 */
final class HeaderCache {
  private record Key(String file, int firstLine, String yaml) {}

  private record Read(MeetingHeader header, List<Problem> problems) {}

  private static final int MAX_CACHED_LENGTH = 16 * 1024;
  private static final LruCache<Key, Read> CACHE = new LruCache<>(256);

  private HeaderCache() {}

  /** The header (null with a fel when unreadable); its problems are added to {@code problems}. */
  static MeetingHeader header(String file, FrontMatter fm, Problems problems) {
    if (fm.yaml().length() > MAX_CACHED_LENGTH) {
      return read(file, fm, problems);
    }
    Key key = new Key(file, fm.firstLine(), fm.yaml());
    Read cached = CACHE.peek(key);
    if (cached == null) {
      Problems found = new Problems(file);
      MeetingHeader h = read(file, fm, found);
      if (found.found() == null) { // over the problem limit: not worth keeping
        return read(file, fm, problems);
      }
      cached = new Read(h, found.found());
      CACHE.put(key, cached);
    }
    problems.addAll(cached.problems());
    return cached.header();
  }

  private static MeetingHeader read(String file, FrontMatter fm, Problems problems) {
    Node root = YamlDoc.compose(fm.yaml(), fm.firstLine(), problems);
    if (root == null) {
      if (!problems.hasFel()) {
        problems.fel(Problems.START, "Inledningen är tom; skriv typ, datum, tid och plats "
            + "mellan raderna ---.");
      }
      return null;
    }
    return MeetingHeader.read(root, fm.firstLine(), file, problems);
  }
}
