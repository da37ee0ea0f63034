package se.paragraf.render.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.paragraf.model.text.Block;
import se.paragraf.model.text.Inline;

class BlockWriterTest {

  private static Block.Para p(String s) {
    return new Block.Para(List.of(new Inline.Text(s)));
  }

  private static List<Inline> i(String s) {
    return List.of(new Inline.Text(s));
  }

  private static String md(Block... blocks) {
    return String.join("\n", BlockWriter.blocks(List.of(blocks), LineWrapper.WIDTH));
  }

  @Test
  void nestedAndOrderedLists() {
    Block inner = new Block.ListBlock(true, 3, List.of(List.of(p("tre")), List.of(p("fyra"))));
    Block outer = new Block.ListBlock(false, 1, List.of(List.of(p("ett"), inner),
        List.of(p("två"))));
    assertEquals("- ett\n  3. tre\n  4. fyra\n- två", md(outer));
  }

  @Test
  void anItemWithTwoParagraphsMakesTheListLoose() {
    Block l = new Block.ListBlock(true, 1, List.of(List.of(p("a"), p("b")), List.of(p("c"))));
    assertEquals("1. a\n\n   b\n\n2. c", md(l));
  }

  @Test
  void adjacentListsGetTheOtherMarkerSoTheyStayTwo() {
    Block a = new Block.ListBlock(false, 1, List.of(List.of(p("a"))));
    Block b = new Block.ListBlock(false, 1, List.of(List.of(p("b"))));
    Block c = new Block.ListBlock(true, 1, List.of(List.of(p("c"))));
    Block d = new Block.ListBlock(true, 1, List.of(List.of(p("d"))));
    assertEquals("- a\n\n* b\n\n1. c\n\n1) d", md(a, b, c, d));
  }

  @Test
  void quotesSubheadingsAndTables() {
    assertEquals("> citat\n>\n> - punkt",
        md(new Block.Quote(List.of(p("citat"),
            new Block.ListBlock(false, 1, List.of(List.of(p("punkt"))))))));
    assertEquals("### Avsnitt nr \\#", md(new Block.Subheading(3, i("Avsnitt nr #"))));
    assertEquals("#### Djup", md(new Block.Subheading(4, i("Djup"))));
    Block t = new Block.Table(List.of(Block.Align.NONE, Block.Align.CENTER),
        List.of(i("Dag"), i("Anm.")),
        List.of(List.of(i("Torsdag"), List.of()), List.of(i("a | b"), i("*x*"))));
    assertEquals("| Dag | Anm. |\n| --- | :---: |\n| Torsdag | |\n| a \\| b | \\*x\\* |", md(t));
  }

  @Test
  void paragraphsWrapAtOneHundredColumns() {
    String text = "ord ".repeat(60).strip();
    List<String> lines = BlockWriter.blocks(List.of(p(text)), LineWrapper.WIDTH);
    assertEquals(3, lines.size());
    assertEquals(99, lines.get(0).length());
    assertEquals(text, String.join(" ", lines));
  }
}
