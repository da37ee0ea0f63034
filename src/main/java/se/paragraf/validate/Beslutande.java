package se.paragraf.validate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import se.paragraf.model.Deltagare;
import se.paragraf.model.Meeting;

/**
 * Who took the decisions of a meeting: the ledamöter listed as beslutande and the tjänstgörande
 * ersättare. A reader may list a tjänstgörande ersättare in both lists of {@link Meeting}; the same
 * entry counts once.
 */
record Beslutande(List<Deltagare> ledamoter, List<Deltagare> ersattare) {

  static Beslutande of(Meeting m) {
    List<Deltagare> led = new ArrayList<>();
    List<Deltagare> ers = new ArrayList<>();
    for (Deltagare d : m.beslutande()) {
      (d.ersatter() == null ? led : ers).add(d);
    }
    for (Deltagare d : m.ersattare()) {
      if (!m.beslutande().contains(d)) {
        ers.add(d);
      }
    }
    return new Beslutande(led, ers);
  }

  List<Deltagare> all() {
    List<Deltagare> all = new ArrayList<>(ledamoter);
    all.addAll(ersattare);
    return all;
  }

  Set<String> namn() {
    Set<String> s = new LinkedHashSet<>();
    all().forEach(d -> s.add(Names.key(d.namn())));
    return s;
  }

  boolean contains(String namn) {
    return namn().contains(Names.key(namn));
  }
}
