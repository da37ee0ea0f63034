package se.paragraf.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

class DialectInstantTest {
  @Test
  void readsTheFixedWidthTextAsTheJdkDoes() {
    for (String t : new String[] {"2025-11-27T13:05:00.000000Z", "2026-02-28T23:59:59.999999Z",
        "2024-02-29T00:00:00.000001Z", "1970-01-01T00:00:00.000000Z"}) {
      assertEquals(Instant.parse(t), Dialect.instant(t), t);
    }
  }

  @Test
  void leavesOtherShapesToTheJdk() {
    assertEquals(Instant.parse("2025-11-27T13:05:00Z"), Dialect.instant("2025-11-27T13:05:00Z"));
    assertThrows(DateTimeParseException.class, () -> Dialect.instant("2025-02-30T13:05:00.000000Z"));
    assertThrows(DateTimeParseException.class, () -> Dialect.instant("2025-1x-27T13:05:00.000000Z"));
  }
}
