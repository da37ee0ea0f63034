package se.paragraf.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.paragraf.model.Brevhuvud;
import se.paragraf.model.DocumentKind;
import se.paragraf.model.Mandat;
import se.paragraf.model.Meeting;
import se.paragraf.model.Numrering;
import se.paragraf.model.Organ;
import se.paragraf.model.Person;
import se.paragraf.model.SourcePos;

/** OrganReader's model, and OrganFolder's loading and order. */
class OrganTest {
  static final String ORGAN = """
      organisation: Samordningsförbundet Norrdal
      organ: Styrelsen
      subjekt: Samordningsförbundet
      numrering: per år
      sekreterare: Eva Lind
      förvaringsplats: Kansliet
      anslagstavla: https://www.norrdal.se/anslagstavla
      brevhuvud:
        adress: Storgatan 12
        e-post: kansli@norrdal.se
      ledamöter:
        - namn: Bertil Almgren
          parti: S
          organisation: Norrby kommun
          uppdrag: ordförande
          fr.o.m.: 2023-01-01
          t.o.m.: 2026-12-31
      ersättare:
        - namn: Anna Ek
          parti: tjänsteman
      """;

  @Test
  void readsEveryField() {
    Parsed<Organ> p = OrganReader.parse("agendas/norrdal/organ.yaml", "norrdal",
        ORGAN.getBytes(StandardCharsets.UTF_8));
    assertEquals(List.of(), p.problems());
    Organ o = p.value();
    assertEquals("norrdal", o.key());
    assertEquals("agendas/norrdal/organ.yaml", o.file());
    assertEquals("Styrelsen", o.namn());
    assertEquals(Numrering.PER_AR, o.numrering());
    assertEquals(1, o.forstaParagraf(), "default when not given");
    assertEquals(new Brevhuvud("Storgatan 12", null, null, null, "kansli@norrdal.se"),
        o.brevhuvud());
    assertEquals(new Person("Bertil Almgren", "S", false, "Norrby kommun", Mandat.LEDAMOT,
        "ordförande", LocalDate.of(2023, 1, 1), LocalDate.of(2026, 12, 31), SourcePos.of(12, 5)),
        o.register().get(0));
    Person anna = o.register().get(1);
    assertTrue(anna.tjansteman());
    assertNull(anna.parti());
    assertEquals(Mandat.ERSATTARE, anna.mandat());
    assertEquals(SourcePos.of(19, 5), anna.pos());
  }

  @Test
  void folderSortsMeetingsByDateThenKindAndIgnoresOtherFiles(@TempDir Path tmp)
      throws IOException {
    Path dir = Files.createDirectory(tmp.resolve("norrdal"));
    Files.writeString(dir.resolve("organ.yaml"), ORGAN);
    for (String name : List.of("2025-05-01-kallelse.md", "2025-03-06-protokoll.md",
        "2025-03-06-kallelse.md")) {
      String typ = name.contains("kallelse") ? "kallelse" : "protokoll";
      Files.writeString(dir.resolve(name), "---\ntyp: " + typ + "\ndatum: "
          + name.substring(0, 10) + "\ntid: 09.00\nplats: X\nbeslutande: [A]\n---\n\n# "
          + (typ.equals("protokoll") ? "§ 1 " : "") + "Ärende\n");
    }
    Files.writeString(dir.resolve("anteckningar.md"), "inte en kallelse");
    OrganFolder f = OrganFolder.load(dir);
    assertFalse(f.organ().hasFel());
    assertEquals(dir, f.dir());
    List<String> order = f.meetings().stream().map(m -> m.value().datum() + " "
        + m.value().kind()).toList();
    assertEquals(List.of("2025-03-06 KALLELSE", "2025-03-06 PROTOKOLL", "2025-05-01 KALLELSE"),
        order);
    Meeting k = f.meetings().get(0).value();
    assertEquals(DocumentKind.KALLELSE, k.kind());
    assertEquals("norrdal", k.organKey());
  }

  @Test
  void folderWithoutOrganYamlGivesFelThere(@TempDir Path tmp) {
    OrganFolder f = OrganFolder.load(tmp);
    assertNull(f.organ().value());
    assertEquals(tmp.resolve("organ.yaml") + ":1:1: fel: organ.yaml saknas i mappen " + tmp
        + ".", f.organ().problems().get(0).format());
    assertEquals(List.of(), f.meetings());
  }
}
