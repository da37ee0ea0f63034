package se.paragraf.parse;

import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import se.paragraf.model.Arende;
import se.paragraf.model.ArendeTyp;
import se.paragraf.model.Beslut;
import se.paragraf.model.Deltagare;
import se.paragraf.model.Jav;
import se.paragraf.model.Omrostning;
import se.paragraf.model.Reservation;
import se.paragraf.model.SourcePos;
import se.paragraf.model.Yrkande;
import se.paragraf.model.text.Block;

/** An ärende while its heading and body are being read; {@link #build()} freezes it. */
final class ArendeDraft {
  final ArendeTyp typ;
  final Integer nummer;
  final String rubrik;
  final boolean seBilaga;
  final SourcePos pos;
  final List<Node> nodes = new ArrayList<>();
  final List<ArendeDraft> delpunkter = new ArrayList<>();

  final Map<Label, SourcePos> seen = new EnumMap<>(Label.class);
  final List<String> bilagor = new ArrayList<>();
  final List<Block> text = new ArrayList<>();
  final List<Jav> jav = new ArrayList<>();
  final List<Yrkande> yrkanden = new ArrayList<>();
  final List<Reservation> reservationer = new ArrayList<>();
  final List<Deltagare> justerare = new ArrayList<>();
  final List<String> utdragTill = new ArrayList<>();
  String dnr;
  Beslut beslut;
  String propositionsordning;
  Omrostning omrostning;
  boolean omedelbarJustering;
  String sekretess;

  ArendeDraft(ArendeTyp typ, Integer nummer, String rubrik, boolean seBilaga, SourcePos pos) {
    this.typ = typ;
    this.nummer = nummer;
    this.rubrik = rubrik;
    this.seBilaga = seBilaga;
    this.pos = pos;
  }

  boolean isSection() {
    return typ == ArendeTyp.INFORMATION || typ == ArendeTyp.OVRIGA_FRAGOR;
  }

  Arende build() {
    List<String> b = new ArrayList<>();
    if (seBilaga && bilagor.isEmpty()) {
      b.add(""); // "Se bilaga." names none; a Bilaga: label names it
    }
    b.addAll(bilagor);
    return new Arende(typ, nummer, rubrik, dnr, b, text, beslut, jav, yrkanden,
        propositionsordning, omrostning, reservationer, justerare, omedelbarJustering, utdragTill,
        sekretess, delpunkter.stream().map(ArendeDraft::build).toList(), pos);
  }
}
