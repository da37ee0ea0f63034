package se.paragraf.parse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import se.paragraf.model.Arende;
import se.paragraf.model.Meeting;
import se.paragraf.model.SourcePos;

/**
 * Reads a kallelse or protokoll source into a {@link Meeting}. Never throws for
 * bad input: every failure is a problem with file, line, column and a Swedish message. The value
 * is null when the front matter cannot be read; otherwise it is built even when there are fel,
 * with null for what could not be read.
 */
public final class MeetingReader {
  private MeetingReader() {}

  /** Reads {@code file}; its name is used in problems, its folder's name is the organ key. */
  public static Parsed<Meeting> read(Path file) {
    return SourceFiles.read(file, MeetingReader::meeting);
  }

  /** Reads {@code content}; {@code file} names it in problems and its date and kind are checked. */
  public static Parsed<Meeting> parse(String file, String organKey, byte[] content) {
    return SourceFiles.parse(file, organKey, content, MeetingReader::meeting);
  }

  /**
   * Reads a text that is already decoded (the editor's), as {@link #parse(String, String, byte[])}
   * reads its UTF-8 bytes, without encoding and decoding it again on the live preview's path.
   */
  public static Parsed<Meeting> parse(String file, String organKey, String text) {
    if (SourceText.hasLoneSurrogate(text)) { // not UTF-8 as it stands: as its bytes would read
      return parse(file, organKey, text.getBytes(StandardCharsets.UTF_8));
    }
    return SourceFiles.parse(file, organKey, text,
        (f, k, t, p) -> meeting(f, k, SourceText.ofText(t, p), p));
  }

  private static Meeting meeting(String file, String organKey, byte[] content,
      Problems problems) {
    return meeting(file, organKey, SourceText.decode(content, problems), problems);
  }

  private static Meeting meeting(String file, String organKey, SourceText source,
      Problems problems) {
    FrontMatter fm = source == null ? null : FrontMatter.split(source, problems);
    if (fm == null) {
      return null;
    }
    MeetingHeader h = HeaderCache.header(file, fm, problems);
    if (h == null || h.kind() == null) {
      return null;
    }
    if (!MeetingHeader.FileName.of(file).conventional()) {
      problems.varning(Problems.START, "Filnamnet \"" + MeetingHeader.FileName.of(file).name()
          + "\" följer inte mönstret åååå-mm-dd-" + h.kind().label() + ".md.");
    }
    Body body = new Body(source, fm.bodyOffset(), h.kind(), problems);
    List<Arende> arenden = Agenda.read(source.text().substring(fm.bodyOffset()), body);
    return new Meeting(file, organKey, h.kind(), h.datum(), h.start(), h.slut(), h.plats(),
        h.beslutande(), h.ersattare(), h.ovriga(), h.justerare(), h.ordforande(),
        h.sekreterare(), h.justerat(), h.anslagUppsatt(), arenden, SourcePos.of(1, 1), h.fieldPos());
  }
}
