package se.paragraf.store;

/** An enum stored in the database by a label of its own. */
interface Labelled {
  String label();

  static <E extends Enum<E> & Labelled> E parse(Class<E> type, String label) {
    for (E value : type.getEnumConstants()) {
      if (value.label().equals(label)) {
        return value;
      }
    }
    throw new IllegalArgumentException("unknown " + type.getSimpleName() + " " + label);
  }
}
