package se.paragraf.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The organ profile from {@code agendas/<key>/organ.yaml}.
 *
 * @param key the folder name, unique per installation
 * @param organisation "Samordningsförbundet Skelleftedalen"
 * @param namn the body: "Styrelsen"
 * @param subjekt the subject of decision phrases: "Samordningsförbundet" gives "Samordningsförbundet
 *     beslutar:"
 * @param forstaParagraf the first § number of the series (per år: of every year)
 */
public record Organ(
    String key,
    String file,
    String organisation,
    String namn,
    String subjekt,
    Numrering numrering,
    int forstaParagraf,
    String sekreterare,
    String forvaringsplats,
    String anslagstavla,
    Brevhuvud brevhuvud,
    List<Person> register) {

  public Organ {
    register = List.copyOf(register);
  }

  public Optional<Person> person(String name) {
    return register.stream().filter(p -> p.namn().equals(name)).findFirst();
  }

  /** Register entries for {@code name} whose tenure covers {@code date}. */
  public Optional<Person> personOn(String name, LocalDate date) {
    return register.stream().filter(p -> p.namn().equals(name) && p.activeOn(date)).findFirst();
  }

  /** "Samordningsförbundet föreslås besluta:" */
  public String forslagsfras() {
    return subjekt + " föreslås besluta:";
  }

  /** "Samordningsförbundet beslutar:" */
  public String beslutsfras() {
    return subjekt + " beslutar:";
  }
}
