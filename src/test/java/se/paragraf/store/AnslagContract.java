package se.paragraf.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.paragraf.model.Anslag;

/** The anslagstavla: only justerade protokoll, shown from uppsatt through nedtas. */
interface AnslagContract extends StoreFixture {
  static Anslag anslag(LocalDate justerat) {
    LocalDate uppsatt = justerat.plusDays(1);
    return new Anslag(
        justerat, uppsatt, uppsatt.plusWeeks(3), uppsatt.plusWeeks(3), "Kansliet, Storgatan 12");
  }

  @Test
  default void onlyASealedProtokollIsPostedAndOnlyOnce() {
    StoredDocument doc = protokoll();
    Anslag anslag = anslag(LocalDate.of(2025, 2, 20));
    assertThrows(ConflictException.class, () -> db().anslagstavla().post(doc.id(), anslag));
    JusteringContract.seal(db(), doc.id(), 1);
    PostedAnslag posted = db().anslagstavla().post(doc.id(), anslag);
    assertEquals(anslag, posted.anslag());
    assertEquals("norrdal", posted.organKey());
    assertEquals(LocalDate.of(2025, 2, 13), posted.meetingDate());
    assertEquals(posted, db().anslagstavla().anslag(doc.id()).orElseThrow());
    assertThrows(ConflictException.class, () -> db().anslagstavla().post(doc.id(), anslag));
  }

  @Test
  default void lessThanThreeWeeksIsRefused() {
    StoredDocument doc = protokoll();
    JusteringContract.seal(db(), doc.id(), 1);
    LocalDate d = LocalDate.of(2025, 2, 21);
    Anslag shortOne = new Anslag(d, d, d.plusDays(20), d.plusWeeks(3), "Kansliet");
    assertThrows(InvalidInputException.class, () -> db().anslagstavla().post(doc.id(), shortOne));
  }

  @Test
  default void theBoardShowsWhatIsUpOnTheDayAndTheArchiveKeepsAll() {
    StoredDocument feb = protokoll();
    StoredDocument apr = protokoll("norrdal", LocalDate.of(2025, 4, 23));
    JusteringContract.seal(db(), feb.id(), 1);
    JusteringContract.seal(db(), apr.id(), 1);
    PostedAnslag a = db().anslagstavla().post(feb.id(), anslag(LocalDate.of(2025, 2, 20)));
    PostedAnslag b = db().anslagstavla().post(apr.id(), anslag(LocalDate.of(2025, 4, 30)));
    Anslagstavla board = db().anslagstavla();
    assertEquals(List.of(), board.board("norrdal", LocalDate.of(2025, 2, 20)), "before uppsatt");
    assertEquals(List.of(a), board.board("norrdal", LocalDate.of(2025, 2, 21)));
    assertEquals(List.of(a), board.board("norrdal", LocalDate.of(2025, 3, 14)), "on nedtas");
    assertEquals(List.of(), board.board("norrdal", LocalDate.of(2025, 3, 15)), "after nedtas");
    assertEquals(List.of(b), board.board("norrdal", LocalDate.of(2025, 5, 1)));
    assertEquals(List.of(b, a), board.archive("norrdal"));
    assertEquals(List.of(), board.board("sodra", LocalDate.of(2025, 5, 1)));
  }
}
