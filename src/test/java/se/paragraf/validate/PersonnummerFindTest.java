package se.paragraf.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The fast search finds what the plain pattern finds, first match first. */
class PersonnummerFindTest {
  private static final Pattern PLAIN = Pattern.compile(
      "(?<![\\d-])(?:19|20)?\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])[-+]\\d{4}(?!\\d)");

  private static String plain(String t) {
    Matcher m = PLAIN.matcher(t);
    return m.find() ? m.group() : null;
  }

  @Test
  void examples() {
    assertEquals("850101-1234", PersonnummerCheck.find("Anna, 850101-1234, flyttar."));
    assertEquals("19850101-1234", PersonnummerCheck.find("pnr 19850101-1234"));
    assertEquals("121212+1212", PersonnummerCheck.find("121212+1212"));
    assertEquals(null, PersonnummerCheck.find("Dnr 2025-11-27, beslut 2025-1234"));
    assertEquals(null, PersonnummerCheck.find("8501011-1234 och 850101-12345"));
  }

  @Test
  void randomTextsAgreeWithThePlainPattern() {
    Random r = new Random(20261122);
    String alphabet = "0123456789012345678901-+ a";
    for (int n = 0; n < 200_000; n++) {
      StringBuilder sb = new StringBuilder();
      int len = r.nextInt(30);
      for (int i = 0; i < len; i++) {
        sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      String t = sb.toString();
      assertEquals(plain(t), PersonnummerCheck.find(t), t);
    }
  }
}
