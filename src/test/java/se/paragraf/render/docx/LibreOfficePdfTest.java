package se.paragraf.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import se.paragraf.fixtures.Fixtures;
import se.paragraf.model.Document;
import se.paragraf.render.Templates;

/**
 * A rendered protokoll opens in LibreOffice: converted headless to PDF it has the expected pages
 * and text, with the PAGE/NUMPAGES fields computed. Skipped, visibly, without soffice or poppler.
 */
class LibreOfficePdfTest {

  static boolean onPath(String tool) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, tool))) {
        return true;
      }
    }
    return false;
  }

  static String run(Path dir, List<String> cmd) throws Exception {
    Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
        .redirectOutput(dir.resolve("out-" + cmd.get(0) + ".txt").toFile()).start();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), cmd.get(0) + " did not finish in 120 s");
    String out = Files.readString(dir.resolve("out-" + cmd.get(0) + ".txt"));
    assertEquals(0, p.exitValue(), cmd + " failed: " + out);
    return out;
  }

  @Test
  @Timeout(180)
  void protokollConvertsToPdfWithPagesHeadersAndBoxes(@TempDir Path dir) throws Exception {
    assumeTrue(onPath("soffice"), "soffice (LibreOffice) is not on PATH: PDF check skipped");
    assumeTrue(onPath("pdftotext") && onPath("pdfinfo"),
        "pdftotext/pdfinfo (poppler-utils) are not on PATH: PDF check skipped");
    Path docx = dir.resolve("protokoll.docx");
    Files.write(docx, new DocxRenderer(Templates.bundled()).render(
        Document.of(Fixtures.organ(), Fixtures.protokoll(), Fixtures.anslag())));
    run(dir, List.of("soffice", "-env:UserInstallation=" + dir.resolve("lo-profile").toUri(),
        "--headless", "--convert-to", "pdf", "--outdir", dir.toString(), docx.toString()));
    Path pdf = dir.resolve("protokoll.pdf");
    assertTrue(Files.size(pdf) > 10_000, "PDF written");
    Matcher m = Pattern.compile("Pages:\\s+(\\d+)").matcher(run(dir, List.of("pdfinfo",
        pdf.toString())));
    assertTrue(m.find());
    int pages = Integer.parseInt(m.group(1));
    assertTrue(pages >= 2 && pages <= 5, "pages: " + pages);
    run(dir, List.of("pdftotext", "-layout", pdf.toString(), "text.txt"));
    String text = Files.readString(dir.resolve("text.txt"), StandardCharsets.UTF_8);
    String[] perPage = text.split("\f");
    assertTrue(perPage[0].contains("PROTOKOLL") && perPage[0].contains("1(" + pages + ")"),
        "first page header with PAGE(NUMPAGES): " + perPage[0]);
    assertTrue(perPage[0].contains("BEVIS OM ANSLAG"));
    assertTrue(perPage[0].contains("Beslutande") && perPage[0].contains("Övriga deltagande"));
    assertTrue(perPage[1].contains("PROTOKOLL") && perPage[1].matches("(?s).*PROTOKOLL\\s+2\\s.*"),
        "later pages: page number alone: " + perPage[1]);
    for (int i = 0; i < pages; i++) {
      assertTrue(perPage[i].contains("Justerandes sign"), "footer box on page " + (i + 1));
    }
    assertTrue(text.contains("§ 583") && text.contains("Samordningsförbundet beslutar:"));
  }
}
