package se.paragraf.workflow.service;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** The visible text of a DOCX's main part: runs joined, one line per paragraph. */
final class DocxText {
  private static final Pattern PARAGRAPH = Pattern.compile("<w:p[ >].*?</w:p>", Pattern.DOTALL);
  private static final Pattern TEXT = Pattern.compile("<w:t(?: [^>]*)?>([^<]*)</w:t>");

  private DocxText() {}

  static String of(byte[] docx) {
    String xml = part(docx, "word/document.xml");
    StringBuilder out = new StringBuilder();
    Matcher p = PARAGRAPH.matcher(xml);
    while (p.find()) {
      Matcher t = TEXT.matcher(p.group());
      while (t.find()) {
        out.append(t.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
            .replace("&amp;", "&"));
      }
      out.append('\n');
    }
    return out.toString();
  }

  static String part(byte[] docx, String name) {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (e.getName().equals(name)) {
          return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new AssertionError("no " + name + " in the DOCX");
  }
}
