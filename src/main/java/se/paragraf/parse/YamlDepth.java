package se.paragraf.parse;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * The nesting limit checked on a composed node tree, in document order, so the first collection
 * too deep is the one the event stream would name. An aliased node is visited once, where its
 * anchor stands, as an alias adds no level in the event stream.
 */
final class YamlDepth {
  private record Level(Node node, int parentDepth) {}

  private YamlDepth() {}

  static boolean ok(Node root, int firstLine, Problems problems) {
    Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<Level> todo = new ArrayDeque<>();
    todo.push(new Level(root, 0));
    while (!todo.isEmpty()) {
      Level l = todo.pop();
      if (!seen.add(l.node())) {
        continue;
      }
      List<Node> children = children(l.node());
      if (children == null) {
        continue;
      }
      int depth = l.parentDepth() + 1;
      if (depth > YamlDoc.MAX_DEPTH) {
        problems.fel(YamlDoc.pos(l.node(), firstLine),
            "Trasig YAML: för djup nästling (högst " + YamlDoc.MAX_DEPTH + " nivåer).");
        return false;
      }
      for (int i = children.size() - 1; i >= 0; i--) {
        todo.push(new Level(children.get(i), depth));
      }
    }
    return true;
  }

  /** A collection's children in document order; null for a scalar. */
  private static List<Node> children(Node n) {
    if (n instanceof SequenceNode s) {
      return s.getValue();
    }
    if (n instanceof MappingNode m) {
      List<Node> out = new java.util.ArrayList<>(m.getValue().size() * 2);
      for (NodeTuple t : m.getValue()) {
        out.add(t.getKeyNode());
        out.add(t.getValueNode());
      }
      return out;
    }
    return null;
  }
}
