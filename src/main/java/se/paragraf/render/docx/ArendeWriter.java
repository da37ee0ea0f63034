package se.paragraf.render.docx;

import java.util.List;
import org.docx4j.wml.P;
import se.paragraf.model.Arende;
import se.paragraf.model.AttSats;
import se.paragraf.model.Beslut;
import se.paragraf.model.Deltagare;
import se.paragraf.model.Document;
import se.paragraf.model.DocumentType;
import se.paragraf.model.Jav;
import se.paragraf.model.Reservation;
import se.paragraf.model.Yrkande;

/** One agenda item: a numbered kallelse item or a § of a protokoll or utdrag, in full. */
final class ArendeWriter {
  private final DocxContext ctx;
  private final Document doc;
  private final boolean kallelse;

  ArendeWriter(DocxContext ctx, Document doc) {
    this.ctx = ctx;
    this.doc = doc;
    this.kallelse = doc.type() == DocumentType.KALLELSE;
  }

  /** "§ 583" on its own line, the title, then the § (first one optionally on a new page). */
  void paragraf(Arende a, boolean newPage) {
    P rubrik = Wml.p(Stil.PARAGRAFRUBRIK, a.rubrik());
    P first = rubrik;
    if (a.nummer() != null) {
      first = Wml.p(Stil.PARAGRAFNUMMER, "§ " + a.nummer());
      ctx.body.add(first);
    }
    ctx.body.add(rubrik);
    if (newPage) {
      Wml.pageBreakBefore(first);
    }
    innehall(a);
  }

  /** "1.⇥Title"; Informationsärenden and Övriga frågor stand unnumbered at the margin. */
  void kallelsepunkt(Arende a) {
    ctx.body.add(Wml.p(Stil.ARENDERUBRIK,
        a.nummer() == null ? a.rubrik() : a.nummer() + ".\t" + a.rubrik()));
    innehall(a);
  }

  /** The item's records in protokoll order; a kallelse shows only text, bilagor and proposal. */
  private void innehall(Arende a) {
    List<Object> out = ctx.body;
    if (a.dnr() != null && !a.dnr().isBlank()) {
      out.add(Wml.p(Stil.DNR, "Dnr " + a.dnr()));
    }
    if (a.sekretess() != null && !a.sekretess().isBlank()) {
      out.add(Wml.p(Stil.BRODTEXT, "Sekretess enligt " + a.sekretess()));
    }
    if (!kallelse) {
      jav(a.jav());
    }
    Blocks.write(a.text(), ctx, out);
    for (String bilaga : a.bilagor()) {
      out.add(Wml.p(Stil.BRODTEXT, bilaga.isBlank() ? "Se bilaga."
          : (kallelse ? "Se bilaga: " : "Bilaga: ") + bilaga));
    }
    if (!kallelse) {
      overlaggning(a);
    }
    beslut(a.beslut());
    if (!kallelse) {
      efterBeslut(a);
    }
    for (Arende d : a.delpunkter()) {
      out.add(Wml.p(Stil.DELRUBRIK, d.rubrik()));
      innehall(d);
    }
  }

  /** What KL 5 kap 67 § asks a protokoll to record before the decision. */
  private void overlaggning(Arende a) {
    yrkanden(a.yrkanden());
    if (a.propositionsordning() != null && !a.propositionsordning().isBlank()) {
      ctx.body.add(Wml.p(Stil.ETIKETT, "Propositionsordning"));
      ctx.body.add(Wml.p(Stil.BRODTEXT, a.propositionsordning()));
    }
    if (a.omrostning() != null) {
      OmrostningWriter.write(a.omrostning(), doc, ctx.body);
    }
  }

  private void efterBeslut(Arende a) {
    reservationer(a.reservationer());
    if (!a.justerare().isEmpty()) {
      ctx.body.add(Wml.p(Stil.BRODTEXT, "Justerare för paragrafen: "
          + Namn.lista(a.justerare().stream().map(Deltagare::namn).toList())));
    }
    if (a.omedelbarJustering()) {
      ctx.body.add(Wml.p(Stil.BRODTEXT, "Paragrafen förklaras omedelbart justerad."));
    }
    if (!a.utdragTill().isEmpty()) {
      ctx.body.add(Wml.p(Stil.UTDRAG_TILL, "Utdrag till: " + String.join(", ", a.utdragTill())));
    }
  }

  private void jav(List<Jav> jav) {
    if (jav.isEmpty()) {
      return;
    }
    ctx.body.add(Wml.p(Stil.ETIKETT, "Jäv"));
    for (Jav j : jav) {
      String s = j.namn() + " anmäler jäv och deltar inte i handläggningen av ärendet.";
      if (j.ersattAv() != null && !j.ersattAv().isBlank()) {
        s += " " + j.ersattAv() + " tjänstgör som ersättare.";
      }
      ctx.body.add(Wml.p(Stil.BRODTEXT, s));
    }
  }

  private void yrkanden(List<Yrkande> yrkanden) {
    if (yrkanden.isEmpty()) {
      return;
    }
    ctx.body.add(Wml.p(Stil.ETIKETT, "Yrkanden"));
    for (Yrkande y : yrkanden) {
      String head = y.namn() + " yrkar";
      if (y.text() != null && !y.text().isBlank()) {
        head += " " + y.text().strip();
      }
      if (y.attSatser().isEmpty()) {
        ctx.body.add(Wml.p(Stil.BRODTEXT, Namn.mening(head)));
      } else {
        ctx.body.add(Wml.keepNext(Wml.p(Stil.BRODTEXT, head + ":")));
        attSatser(y.attSatser());
      }
    }
  }

  /** The decision (proposal in a kallelse) heading, kept with its att-satser. */
  private void beslut(Beslut b) {
    if (b == null) {
      return;
    }
    String fras;
    if (b.inledning() != null && !b.inledning().isBlank()) {
      String s = b.inledning().strip();
      fras = s.endsWith(":") ? s : s + ":";
    } else {
      fras = kallelse ? doc.organ().forslagsfras() : doc.organ().beslutsfras();
    }
    ctx.body.add(Wml.keepNext(Wml.p(Stil.BESLUTSRUBRIK, fras)));
    attSatser(b.attSatser());
  }

  /** Each att-sats its own paragraph; all but the last keep with the next (pitfall 6). */
  private void attSatser(List<AttSats> satser) {
    for (int i = 0; i < satser.size(); i++) {
      String text = satser.get(i).text().strip();
      P p = Wml.p(Stil.ATT_SATS, text.isEmpty() ? "att" : "att\t" + text);
      ctx.body.add(i < satser.size() - 1 ? Wml.keepNext(p) : p);
    }
  }

  private void reservationer(List<Reservation> reservationer) {
    if (reservationer.isEmpty()) {
      return;
    }
    ctx.body.add(Wml.p(Stil.ETIKETT, "Reservation"));
    for (Reservation r : reservationer) {
      String s = r.namn() + " reserverar sig mot beslutet";
      boolean motiverad = r.motivering() != null && !r.motivering().isBlank();
      ctx.body.add(Wml.p(Stil.BRODTEXT, motiverad
          ? s + " med följande motivering: " + Namn.mening(r.motivering().strip())
          : s + "."));
    }
  }
}
