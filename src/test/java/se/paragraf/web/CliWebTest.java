package se.paragraf.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.paragraf.cli.Main;
import se.paragraf.store.Database;
import se.paragraf.store.Role;

/** {@code paragraf user add|list} against a store in a temporary folder. */
class CliWebTest {
  @TempDir Path tmp;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void addAndListAccounts() {
    String url = "jdbc:sqlite:" + tmp.resolve("p.db");
    try (Database db = Database.open(url)) {
      db.organs().create("norrdal", "Styrelsen", "organ: Styrelsen\n", "test");
    }
    Run added = run("user", "add", "karin", "--organ", "norrdal", "--roll", "ledamot",
        "--person", "Karin Ek", "--db", url);
    assertEquals(0, added.code(), added.err());
    assertTrue(added.out().contains("Kontot karin är skapat som ledamot i norrdal."));
    Matcher m = Pattern.compile("Lösenord: (\\S+)").matcher(added.out());
    assertTrue(m.find(), "a generated password is printed");
    try (Database db = Database.open(url)) {
      assertTrue(db.accounts().authenticate("karin", m.group(1)).isPresent());
      long id = db.accounts().byUsername("karin").orElseThrow().id();
      assertEquals(Role.LEDAMOT, db.accounts().roles(id).get(0).role());
    }

    InputStream stdin = System.in;
    try {
      System.setIn(new ByteArrayInputStream("ett-eget-lösen\n".getBytes(StandardCharsets.UTF_8)));
      Run admin = run("user", "add", "admin", "--admin", "--losenord-stdin", "--db", url);
      assertEquals(0, admin.code(), admin.err());
      assertTrue(!admin.out().contains("Lösenord:"), "a password from stdin is not echoed");
    } finally {
      System.setIn(stdin);
    }
    try (Database db = Database.open(url)) {
      assertTrue(db.accounts().authenticate("admin", "ett-eget-lösen").orElseThrow().admin());
    }

    Run list = run("user", "list", "--db", url);
    assertEquals(0, list.code());
    assertTrue(list.out().contains("admin (administratör)"));
    assertTrue(list.out().contains("karin – Karin Ek: ledamot i norrdal"));

    Run reset = run("user", "losenord", "karin", "--db", url);
    assertEquals(0, reset.code(), reset.err());
    Matcher m2 = Pattern.compile("Lösenord: (\\S+)").matcher(reset.out());
    assertTrue(m2.find());
    try (Database db = Database.open(url)) {
      assertTrue(db.accounts().authenticate("karin", m2.group(1)).isPresent());
      assertTrue(db.accounts().authenticate("karin", m.group(1)).isEmpty());
    }
    assertEquals(1, run("user", "losenord", "finns-inte", "--db", url).code());

    assertEquals(2, run("user", "add", "x", "--organ", "norrdal", "--db", url).code(),
        "an organ without a role");
    assertEquals(2, run("user", "add", "x", "--organ", "norrdal", "--roll", "kung", "--db", url)
        .code());
    Run taken = run("user", "add", "karin", "--organ", "norrdal", "--roll", "ledamot", "--db", url);
    assertEquals(1, taken.code());
    assertTrue(taken.err().contains("upptaget"), taken.err());
  }
}
