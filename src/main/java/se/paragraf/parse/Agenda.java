package se.paragraf.parse;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import se.paragraf.model.Arende;
import se.paragraf.model.ArendeTyp;
import se.paragraf.model.SourcePos;

/**
 * Splits a Markdown body into ärenden: each {@code #} heading opens one; in Informationsärenden
 * and Övriga frågor each {@code ##} heading opens a delpunkt.
 */
final class Agenda {
  private Agenda() {}

  /** The ärenden of {@code body}; empty (with a fel) when it cannot be read. */
  static List<Arende> read(String body, Body at) {
    Document doc = Markdown.parse(body, at);
    if (doc == null) {
      return List.of();
    }
    Blocks blocks = new Blocks(at);
    Headings headings = new Headings(at, blocks.inlines());
    List<ArendeDraft> top = new ArrayList<>();
    ArendeDraft current = null;
    ArendeDraft sub = null;
    for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof Reference) {
        continue;
      }
      if (n instanceof Heading h && h.getLevel() == 1) {
        current = headings.top(h);
        top.add(current);
        sub = null;
      } else if (current == null) {
        at.problems().fel(at.pos(n), "Text före första rubriken hör inte till något ärende; "
            + "börja varje ärende med en rubrik (# Rubrik).");
        current = orphanSink();
      } else if (n instanceof Heading h && h.getLevel() == 2 && current.isSection()) {
        sub = headings.delpunkt(h);
        current.delpunkter.add(sub);
      } else {
        if (n instanceof Heading h && h.getLevel() == 2) {
          at.problems().varning(at.pos(n), "Rubriker med ## hör hemma under Informationsärenden "
              + "och Övriga frågor; här visas den som underrubrik. Skriv ### för en underrubrik.");
        }
        (sub != null ? sub : current).nodes.add(n);
      }
    }
    if (top.isEmpty() && !at.problems().hasFel()) {
      at.problems().varning(at.pos(body.length()), "Dokumentet har inga ärenden (rubriker som "
          + "börjar med #).");
    }
    ItemParser items = new ItemParser(at, blocks);
    List<Arende> out = new ArrayList<>();
    for (ArendeDraft d : top) {
      items.parse(d);
      d.delpunkter.forEach(items::parse);
      out.add(d.build());
    }
    return out;
  }

  /** Swallows the text before the first heading after its one fel. */
  private static ArendeDraft orphanSink() {
    return new ArendeDraft(ArendeTyp.ARENDE, null, "", false, SourcePos.NONE);
  }
}
