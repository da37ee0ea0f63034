package se.paragraf.model;

import java.util.List;
import se.paragraf.model.text.Block;

/**
 * One agenda item of a kallelse, or one § of a protokoll, with everything the § records.
 *
 * @param nummer kallelse: item number 1..n (null for Informationsärenden and Övriga frågor, which are
 *     unnumbered there); protokoll: the § number; null for a delpunkt
 * @param bilagor attachment references ("Se bilaga."): the names given, or "" for an unnamed one
 * @param beslut the proposal (kallelse) or decision (protokoll); null if none
 * @param justerare justerare for this § only; empty when the meeting's apply
 * @param sekretess the legal ground when the § is secret ("26 kap. 1 § OSL"), else null
 */
public record Arende(
    ArendeTyp typ,
    Integer nummer,
    String rubrik,
    String dnr,
    List<String> bilagor,
    List<Block> text,
    Beslut beslut,
    List<Jav> jav,
    List<Yrkande> yrkanden,
    String propositionsordning,
    Omrostning omrostning,
    List<Reservation> reservationer,
    List<Deltagare> justerare,
    boolean omedelbarJustering,
    List<String> utdragTill,
    String sekretess,
    List<Arende> delpunkter,
    SourcePos pos) {

  public Arende {
    bilagor = List.copyOf(bilagor);
    text = List.copyOf(text);
    jav = List.copyOf(jav);
    yrkanden = List.copyOf(yrkanden);
    reservationer = List.copyOf(reservationer);
    justerare = List.copyOf(justerare);
    utdragTill = List.copyOf(utdragTill);
    delpunkter = List.copyOf(delpunkter);
  }

  public Arende withNummer(Integer n) {
    return new Arende(typ, n, rubrik, dnr, bilagor, text, beslut, jav, yrkanden, propositionsordning,
        omrostning, reservationer, justerare, omedelbarJustering, utdragTill, sekretess, delpunkter,
        pos);
  }

  public Arende withBeslut(Beslut b) {
    return new Arende(typ, nummer, rubrik, dnr, bilagor, text, b, jav, yrkanden, propositionsordning,
        omrostning, reservationer, justerare, omedelbarJustering, utdragTill, sekretess, delpunkter,
        pos);
  }

  public Arende withDelpunkter(List<Arende> d) {
    return new Arende(typ, nummer, rubrik, dnr, bilagor, text, beslut, jav, yrkanden,
        propositionsordning, omrostning, reservationer, justerare, omedelbarJustering, utdragTill,
        sekretess, d, pos);
  }

  /** True for the Informationsärenden section and for its sub-items. */
  public boolean isInformation() {
    return typ == ArendeTyp.INFORMATION;
  }
}
