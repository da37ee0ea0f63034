package se.paragraf.validate;

/** Name comparison: exact but for surrounding whitespace, as the register is the reference. */
final class Names {
  private Names() {}

  static boolean same(String a, String b) {
    return a != null && b != null && a.strip().equals(b.strip());
  }

  static String key(String a) {
    return a == null ? "" : a.strip();
  }
}
