package se.paragraf.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.paragraf.model.Problem;

/** The nesting limit, whether the event stream or the composed tree is checked. */
class YamlDocTest {
  private static List<Problem> problems(String yaml) {
    Problems p = new Problems("x.md");
    YamlDoc.compose(yaml, 2, p);
    return p.sorted();
  }

  /** {@code levels} block mappings, each one deeper: "a:\n  a:\n    a: x". */
  private static String blockNesting(int levels) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < levels - 1; i++) {
      sb.append("  ".repeat(i)).append("a:\n");
    }
    return sb.append("  ".repeat(levels - 1)).append("a: x\n").toString();
  }

  @Test
  void eightLevelsAreRead() {
    Problems p = new Problems("x.md");
    assertNotNull(YamlDoc.compose(blockNesting(8), 2, p));
    assertTrue(p.sorted().isEmpty(), p.sorted().toString());
  }

  @Test
  void theNinthLevelIsAFelWhereItStartsOnTheComposedTree() {
    // few indicators: checked on the composed tree
    assertTrue(YamlDoc.collectionsBound(blockNesting(9)) < 256);
    Problems p = new Problems("x.md");
    assertNull(YamlDoc.compose("lista: [[[[[[[[[1]]]]]]]]]\n", 2, p));
    assertEquals("x.md:2:15: fel: Trasig YAML: för djup nästling (högst 8 nivåer).",
        p.sorted().get(0).format());
    List<Problem> block = problems("a:\n  b:\n    c:\n      d:\n        e:\n          f:\n"
        + "            g:\n              h:\n                - x\n");
    assertEquals(1, block.size(), block.toString());
    assertEquals("x.md:10:17: fel: Trasig YAML: för djup nästling (högst 8 nivåer).",
        block.get(0).format());
  }

  @Test
  void manyIndicatorsAreCheckedOnTheEventStreamAtTheSamePlace() {
    String deep = "lista: " + "[".repeat(300) + "]".repeat(300) + "\n";
    assertTrue(YamlDoc.collectionsBound(deep) > 256);
    assertEquals("x.md:2:15: fel: Trasig YAML: för djup nästling (högst 8 nivåer).",
        problems(deep).get(0).format());
  }

  @Test
  void anAliasAddsNoLevel() {
    String yaml = "a: &x\n  b:\n    c:\n      d:\n        e:\n          f: 1\n"
        + "g:\n  h:\n    i:\n      j: *x\n";
    assertTrue(problems(yaml).isEmpty(), problems(yaml).toString());
  }
}
