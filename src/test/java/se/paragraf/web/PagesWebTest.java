package se.paragraf.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.testtools.JavalinTest;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.paragraf.store.SourceKind;
import se.paragraf.web.Browser.Page;

/** The pages a person reads, each on its happy path and with a refusal. */
class PagesWebTest {
  static WebFixture f;
  static long kallelse;
  static long sealed;

  @BeforeAll
  static void setUp() throws Exception {
    f = new WebFixture();
    kallelse = Scenario.kallelse(f);
    sealed = Scenario.sealed(f);
  }

  @AfterAll
  static void tearDown() throws Exception {
    f.close();
  }

  @Test
  void startPageListsTheAnslagstavlorForEveryoneAndMyOrgansForMembers() {
    JavalinTest.test(f.javalin(), (server, client) -> {
      Page anon = new Browser(server.port()).get("/");
      assertEquals(200, anon.status());
      assertTrue(anon.body().contains("href=\"/anslagstavla/norrdal\""));
      assertTrue(anon.body().contains("href=\"/anslagstavla/nyby-bun\""));
      assertFalse(anon.body().contains("Mina organ"));
      Page eva = new Browser(server.port()).login("eva", WebFixture.PASSWORD).get("/");
      assertTrue(eva.body().contains("Mina organ"));
      assertTrue(eva.body().contains("href=\"/organ/norrdal\""));
      assertFalse(eva.body().contains("href=\"/organ/nyby-bun\""), "not a member there");
    });
  }

  @Test
  void organPageShowsTheYearsMeetingsStatusesAndWhatIsDue() {
    JavalinTest.test(f.javalin(), (server, client) -> {
      Browser eva = new Browser(server.port()).login("eva", WebFixture.PASSWORD);
      Page p = eva.get("/organ/norrdal");
      assertEquals(200, p.status());
      String b = p.body();
      assertTrue(b.contains("<th scope=\"col\">Sammanträde</th>"));
      assertTrue(b.contains("torsdag 18 september 2025"));
      assertTrue(b.contains("Justerat"));
      assertTrue(b.contains("Utkast till kallelse"));
      assertTrue(b.contains("Försenat:"), "the November kallelse was due before the meeting");
      assertTrue(b.contains("Skapa kallelse"), "the sekreterare may start a kallelse");
      assertTrue(b.contains("2025-10-21"), "sista dag för överklagande of September");
      Page ledamot = new Browser(server.port()).login("margareta", WebFixture.PASSWORD)
          .get("/organ/norrdal");
      assertFalse(ledamot.body().contains("Skapa kallelse"), "a ledamot only reads");
      assertEquals(400, eva.get("/organ/norrdal?ar=tjugo").status());
      assertTrue(eva.get("/organ/norrdal?ar=2024").body().contains("Inga sammanträden 2024."));
    });
  }

  @Test
  void aNewKallelseStartsFromTheSkeleton() throws Exception {
    try (WebFixture own = new WebFixture()) {
      JavalinTest.test(own.javalin(), (server, client) -> {
        Browser eva = new Browser(server.port()).login("eva", WebFixture.PASSWORD);
        Page created = eva.post("/organ/norrdal/kallelse", "datum", "2026-02-12",
            "tid", "09.00–12.00", "plats", "Kansliet");
        assertEquals(302, created.status());
        long id = own.document("norrdal", LocalDate.of(2026, 2, 12), SourceKind.KALLELSE).id();
        assertEquals("/dokument/" + id + "?klart=kallelse-skapad", created.header("Location"));
        Page editor = eva.get(created.header("Location"));
        assertTrue(editor.body().contains("datum: 2026-02-12"));
        assertTrue(editor.body().contains("Kallelsen är skapad."));
        assertEquals(400, eva.post("/organ/norrdal/kallelse", "datum", "12/2").status());
        assertEquals(409, eva.post("/organ/norrdal/kallelse", "datum", "2026-02-12",
            "tid", "13.00", "plats", "Kansliet").status(),
            "one kallelse per meeting");
      });
    }
  }

  @Test
  void membersReadTheDocumentAndDownloadIt() {
    JavalinTest.test(f.javalin(), (server, client) -> {
      Browser m = new Browser(server.port()).login("margareta", WebFixture.PASSWORD);
      Page page = m.get("/dokument/" + kallelse);
      assertEquals(200, page.status());
      assertTrue(page.body().contains("src=\"/dokument/" + kallelse + "/visa\""));
      assertFalse(page.body().contains("<textarea id=\"text\""), "a ledamot does not edit");
      Page shown = m.get("/dokument/" + kallelse + "/visa");
      assertEquals(200, shown.status());
      assertTrue(shown.body().contains("KALLELSE"));
      assertTrue(shown.header("Content-Security-Policy").contains("sandbox"));
      Page docx = m.get("/dokument/" + kallelse + "/ladda-ner/docx");
      assertEquals(200, docx.status());
      assertTrue(docx.header("Content-Type").contains("wordprocessingml"));
      assertTrue(docx.header("Content-Disposition").contains("norrdal-2025-11-27-kallelse.docx"));
      assertTrue(docx.body().startsWith("PK"), "a zip package");
      assertEquals(404, m.get("/dokument/" + kallelse + "/ladda-ner/pdf").status());
    });
  }

  @Test
  void previewWithoutJavascriptShowsTheUnsavedTextAndItsProblems() {
    JavalinTest.test(f.javalin(), (server, client) -> {
      Browser eva = new Browser(server.port()).login("eva", WebFixture.PASSWORD);
      String text = f.services.meetings().open(kallelse).text().replace("typ: kallelse\n", "");
      Page p = eva.post("/dokument/" + kallelse + "/forhandsgranska", "basversion", "1",
          "text", text);
      assertEquals(200, p.status());
      assertTrue(p.body().contains("Texten är inte sparad"));
      assertTrue(p.body().contains("problem-fel"), p.body());
      assertTrue(p.body().contains("id=\"rad-1\""), "the numbered listing the links jump to");
      assertEquals(1, f.db.revisions().revisions(kallelse).size(), "nothing saved");
      assertEquals(400, eva.post("/dokument/" + kallelse + "/forhandsgranska").status());
    });
  }

  @Test
  void historyListsRevisionsAndShowsTheirDifferences() throws Exception {
    try (WebFixture own = new WebFixture()) {
      long k = Scenario.kallelse(own);
      String text = own.services.meetings().open(k).text();
      own.services.meetings().save(k, 1, text.replace("tid: 09.00–15.00", "tid: 10.00–15.00"),
          own.actor(own.sekreterare));
      JavalinTest.test(own.javalin(), (server, client) -> {
        Browser eva = new Browser(server.port()).login("eva", WebFixture.PASSWORD);
        Page list = eva.get("/dokument/" + k + "/versioner");
        assertEquals(200, list.status());
        assertTrue(list.body().contains("<th scope=\"row\">2</th>"));
        Page diff = eva.get("/dokument/" + k + "/skillnad?fran=1&till=2");
        assertEquals(200, diff.status());
        assertTrue(diff.body().contains("class=\"borttagen\""));
        assertTrue(diff.body().contains("tid: 09.00–15.00"));
        assertTrue(diff.body().contains("class=\"tillagd\""));
        assertTrue(diff.body().contains("tid: 10.00–15.00"));
        assertEquals(400, eva.get("/dokument/" + k + "/skillnad?fran=noll").status());
        assertEquals(404, eva.get("/dokument/" + k + "/skillnad?fran=1&till=9").status());
      });
    }
  }

  @Test
  void theSealedPageShowsHashesSignersAndOriginals() {
    JavalinTest.test(f.javalin(), (server, client) -> {
      Browser m = new Browser(server.port()).login("margareta", WebFixture.PASSWORD);
      Page p = m.get("/dokument/" + sealed + "/forseglat");
      assertEquals(200, p.status());
      assertTrue(p.body().contains("SHA-256, original-DOCX"));
      assertTrue(p.body().contains("§ 578") || p.body().contains("§ 5"), "per-§ hashes");
      assertFalse(p.body().contains("Skapa bestyrkt utdrag"), "utdrag are the sekreterare's");
      Page original = m.get("/dokument/" + sealed + "/ladda-ner/docx");
      assertEquals("original", original.header("X-Paragraf-Ursprung"));
      assertEquals(409, m.get("/dokument/" + kallelse + "/forseglat").status());
    });
  }

  @Test
  void anslagstavlaArchiveAndPublicCopies() {
    JavalinTest.test(f.javalin(), (server, client) -> {
      Browser anon = new Browser(server.port());
      Page board = anon.get("/anslagstavla/norrdal");
      assertEquals(200, board.status());
      assertTrue(board.body().contains("Inga anslag sitter uppe just nu."),
          "on 1 December every Norrdal anslag has been taken down");
      Page archive = anon.get("/anslagstavla/norrdal/arkiv");
      assertTrue(archive.body().contains("Justering av styrelsens protokoll har tillkännagivits"));
      assertTrue(archive.body().contains("Anslaget tas ned"));
      assertTrue(archive.body().contains("Nedtaget"));
      Page copy = anon.get("/anslagstavla/norrdal/protokoll/" + sealed);
      assertEquals(200, copy.status());
      assertTrue(copy.body().contains("PROTOKOLL"));
      assertEquals(200, anon.get("/anslagstavla/norrdal/protokoll/" + sealed
          + "/ladda-ner/docx").status());
      assertEquals(404, anon.get("/anslagstavla/norrdal/protokoll/" + kallelse).status(),
          "an unsealed document is not published");
      assertEquals(404, anon.get("/anslagstavla/nyby-bun/protokoll/" + sealed).status(),
          "a document of another organ");
      assertEquals(404, anon.get("/anslagstavla/finns-inte").status());
    });
  }

  @Test
  void verifyTellsAnOriginalFromAnythingElse() {
    JavalinTest.test(f.javalin(), (server, client) -> {
      Browser anon = new Browser(server.port());
      assertEquals(200, anon.get("/kontrollera").status());
      byte[] original = f.db.seals().seal(sealed).orElseThrow().docx();
      Page ok = anon.postBytes("/api/kontrollera", original, "application/octet-stream");
      assertEquals(200, ok.status());
      assertEquals(Boolean.TRUE, ok.json().get("stammer"));
      Page upload = Multipart.post(anon, "/kontrollera", "fil", "protokoll.docx", original);
      assertEquals(200, upload.status());
      assertTrue(upload.body().contains("Filen stämmer."));
      Page no = Multipart.post(anon, "/kontrollera", "fil", "annan.docx", new byte[] {1, 2, 3});
      assertEquals(200, no.status());
      assertTrue(no.body().contains("class=\"felruta\""));
      assertEquals(400, Multipart.post(anon, "/kontrollera", "annat", "x.docx", original).status());
    });
  }
}
