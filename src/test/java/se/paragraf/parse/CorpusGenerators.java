package se.paragraf.parse;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes the corpus sources that are not committed (too large, or invalid UTF-8 an editor would
 * "fix"); each case's generated.txt says in words what its generator writes.
 */
final class CorpusGenerators {
  static final String KALLELSE = "2025-03-06-kallelse.md";
  static final String FRONT = "---\ntyp: kallelse\ndatum: 2025-03-06\ntid: 09.00–15.00\n"
      + "plats: Kommunkontoret\n---\n\n# Ärende\n\n";

  private interface Generator {
    void write(Path dir) throws IOException;
  }

  private static final Map<String, Generator> GENERATORS = Map.of(
      "17-ogiltig-utf8", dir -> Files.write(dir.resolve(KALLELSE),
          FRONT.replace("# Ärende", "# Årsredovisning").getBytes(StandardCharsets.ISO_8859_1)),
      "20-for-stor-fil", CorpusGenerators::fiveMegabytes,
      "21-djupt-nastlade-listor", dir -> kallelse(dir, "- ".repeat(10_000) + "x\n"),
      "22-djupa-citat", dir -> kallelse(dir, ">".repeat(10_000) + " x\n"),
      "44-djup-betoning", dir -> kallelse(dir, "*".repeat(10_000) + "x" + "*".repeat(10_000)
          + "\n"),
      "53-for-lang-text-utan-tomrad", dir -> kallelse(dir, "Inledning.\n\n"
          + "| 2025 | 1 000 |\n".repeat(301)));

  private CorpusGenerators() {}

  static boolean has(String name) {
    return GENERATORS.containsKey(name);
  }

  static void write(String name, Path dir) throws IOException {
    GENERATORS.get(name).write(dir);
  }

  private static void kallelse(Path dir, String body) throws IOException {
    Files.writeString(dir.resolve(KALLELSE), FRONT + body);
  }

  private static void fiveMegabytes(Path dir) throws IOException {
    byte[] line = "Förbundschefen redovisar verksamheten i detalj.\n"
        .getBytes(StandardCharsets.UTF_8);
    byte[] front = FRONT.getBytes(StandardCharsets.UTF_8);
    long size = 5L * 1024 * 1024;
    try (OutputStream out = Files.newOutputStream(dir.resolve(KALLELSE))) {
      out.write(front);
      long written = front.length;
      while (written + line.length <= size) {
        out.write(line);
        written += line.length;
      }
      out.write(" ".repeat((int) (size - written)).getBytes(StandardCharsets.US_ASCII));
    }
  }
}
