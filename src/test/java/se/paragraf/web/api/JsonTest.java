package se.paragraf.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {
  @Test
  void writesPlainDataAndEscapesMarkup() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("fel", "Rad 1: <script>\"x\"</script> & å\n");
    m.put("n", 42);
    m.put("ok", true);
    m.put("inget", null);
    m.put("datum", LocalDate.of(2025, 3, 6));
    m.put("lista", List.of(1, "två"));
    assertEquals("{\"fel\":\"Rad 1: \\u003cscript\\u003e\\\"x\\\"\\u003c/script\\u003e \\u0026 å\\n\","
        + "\"n\":42,\"ok\":true,\"inget\":null,\"datum\":\"2025-03-06\",\"lista\":[1,\"två\"]}",
        Json.write(m));
  }

  @Test
  void writesUtf8AsTheStringsBytesWouldBe() {
    String text = "§ 5 – ”Ärende” … 😀 \u2028 x\ud800y \u0001 {}[]";
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("t", text);
    m.put("tom", Map.of());
    m.put("lista", List.of());
    String expected = "{\"t\":\"§ 5 – ”Ärende” … 😀 \\u2028 x?y \\u0001 {}[]\",\"tom\":{},"
        + "\"lista\":[]}";
    assertEquals(expected, new String(Json.utf8(m), java.nio.charset.StandardCharsets.UTF_8));
    assertTrue(Arrays.equals(expected.getBytes(java.nio.charset.StandardCharsets.UTF_8),
        Json.utf8(m)));
    String big = "<p>" + "å".repeat(5000) + "</p>";
    assertEquals(big, ((Map<?, ?>) Json.parse(Json.write(Map.of("h", big)))).get("h"));
  }

  @Test
  void refusesAnythingButPlainData() {
    assertThrows(IllegalArgumentException.class, () -> Json.write(Map.of("x", new Object())));
  }

  @Test
  void readsWhatItWrites() {
    Object v = Json.parse(Json.write(Map.of("text", "a\"b\\c\u2028ö\t", "n", List.of(1, 2))));
    @SuppressWarnings("unchecked")
    Map<String, Object> m = (Map<String, Object>) v;
    assertEquals("a\"b\\c\u2028ö\t", m.get("text"));
    assertEquals(List.of(BigDecimal.ONE, BigDecimal.valueOf(2)), m.get("n"));
  }

  @Test
  void readsEscapesNumbersAndLiterals() {
    assertEquals(Arrays.asList("é/\u00e5", new BigDecimal("-1.5e3"), true, false, null),
        Json.parse(" [\"\\u00e9\\/\\u00e5\", -1.5e3, true, false, null] "));
  }

  @Test
  void refusesBrokenJsonWithASwedishMessage() {
    for (String bad : List.of("", "{", "{\"a\" 1}", "[1,]", "\"ej slut", "{\"a\":1} x", "tru",
        "{\"a\":\"\u0001\"}", "[\"\\x\"]", "{1:2}")) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> Json.parse(bad), bad);
      assertTrue(e.getMessage().startsWith("Ogiltig JSON vid tecken"), e.getMessage());
    }
  }

  @Test
  void deepNestingIsRefusedNotAStackOverflow() {
    String deep = "[".repeat(10_000) + "]".repeat(10_000);
    assertThrows(IllegalArgumentException.class, () -> Json.parse(deep));
  }
}
