package se.paragraf.parse;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import se.paragraf.model.DocumentKind;
import se.paragraf.model.SourcePos;

/**
 * What body parsing shares: the problems, the kind of document, and the map from offsets in the
 * Markdown body (which starts {@code base} chars into the source) to file positions.
 */
record Body(SourceText source, int base, DocumentKind kind, Problems problems) {

  SourcePos pos(int bodyOffset) {
    return source.pos(base + bodyOffset);
  }

  SourcePos pos(Node node) {
    return pos(node.getStartOffset());
  }

  SourcePos pos(BasedSequence chars) {
    return pos(chars.getStartOffset());
  }

  boolean protokoll() {
    return kind == DocumentKind.PROTOKOLL;
  }
}
