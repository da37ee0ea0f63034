package se.paragraf.model;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/**
 * One meeting source, parsed: a kallelse or a protokoll.
 *
 * @param file the source path as given on the command line (used in problem messages)
 * @param organKey the organ folder name the source lives in
 * @param slut end time, or null when only a start is given
 * @param beslutande protokoll: members who took decisions (ledamöter and tjänstgörande ersättare)
 * @param ersattare protokoll: tjänstgörande ersättare, each with {@link Deltagare#ersatter()}
 * @param ovriga protokoll: övriga deltagande with title and organisation in {@code roll}
 * @param ordforande who chaired the meeting (name), or null: then the register's ordförande
 * @param justerat protokoll: the date the protokoll was justerat, or null while not justerat
 * @param anslagUppsatt protokoll: the date the tillkännagivande was posted, or null
 * @param fieldPos front matter key → position of its value, for problems about a field
 */
public record Meeting(
    String file,
    String organKey,
    DocumentKind kind,
    LocalDate datum,
    LocalTime start,
    LocalTime slut,
    String plats,
    List<Deltagare> beslutande,
    List<Deltagare> ersattare,
    List<Deltagare> ovriga,
    List<Deltagare> justerare,
    String ordforande,
    String sekreterare,
    LocalDate justerat,
    LocalDate anslagUppsatt,
    List<Arende> arenden,
    SourcePos pos,
    Map<String, SourcePos> fieldPos) {

  public Meeting {
    fieldPos = Map.copyOf(fieldPos);
    beslutande = List.copyOf(beslutande);
    ersattare = List.copyOf(ersattare);
    ovriga = List.copyOf(ovriga);
    justerare = List.copyOf(justerare);
    arenden = List.copyOf(arenden);
  }

  /** A meeting built in code, without front matter positions. */
  public Meeting(String file, String organKey, DocumentKind kind, LocalDate datum, LocalTime start,
      LocalTime slut, String plats, List<Deltagare> beslutande, List<Deltagare> ersattare,
      List<Deltagare> ovriga, List<Deltagare> justerare, String ordforande, String sekreterare,
      LocalDate justerat, LocalDate anslagUppsatt, List<Arende> arenden, SourcePos pos) {
    this(file, organKey, kind, datum, start, slut, plats, beslutande, ersattare, ovriga, justerare,
        ordforande, sekreterare, justerat, anslagUppsatt, arenden, pos, Map.of());
  }

  public Meeting withArenden(List<Arende> a) {
    return new Meeting(file, organKey, kind, datum, start, slut, plats, beslutande, ersattare, ovriga,
        justerare, ordforande, sekreterare, justerat, anslagUppsatt, a, pos, fieldPos);
  }

  /** Where front matter key {@code key} ("justerat") has its value; the meeting's start if absent. */
  public SourcePos pos(String key) {
    return fieldPos.getOrDefault(key, pos);
  }

  /** The § numbers of a protokoll in order (nulls skipped). */
  public List<Integer> paragrafer() {
    return arenden.stream().map(Arende::nummer).filter(n -> n != null).toList();
  }
}
