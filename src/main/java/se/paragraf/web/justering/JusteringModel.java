package se.paragraf.web.justering;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import se.paragraf.store.ChangeProposal;
import se.paragraf.store.Signature;
import se.paragraf.web.view.Docs;
import se.paragraf.web.view.Model;
import se.paragraf.workflow.service.JusteringView;
import se.paragraf.workflow.service.SealInfo;

/** A protokoll's justering as plain data: requests and signatures, proposals, seal, anslag. */
public final class JusteringModel {
  private JusteringModel() {}

  public static Map<String, Object> of(JusteringView v) {
    List<Object> signatures = new ArrayList<>();
    for (Signature s : v.signatures()) {
      signatures.add(signature(s));
    }
    List<Object> proposals = new ArrayList<>();
    for (ChangeProposal p : v.proposals()) {
      proposals.add(proposal(p));
    }
    return Model.of()
        .put("dok", Docs.summary(v.document()))
        .put("sistaDag", Docs.iso(v.deadline()))
        .put("sistaDagText", Docs.text(v.deadline()))
        .put("underskrifter", signatures)
        .put("forslag", proposals)
        .put("forsegling", seal(v.seal()))
        .put("anslag", Docs.anslag(v.anslag()))
        .put("omedelbara", Docs.summaries(v.omedelbara()))
        .map();
  }

  static Map<String, Object> signature(Signature s) {
    String state = s.withdrawnAt() != null ? "aterkallad" : s.signedAt() != null ? "justerad"
        : "vantar";
    String stateText = s.withdrawnAt() != null ? "Återkallad" : s.signedAt() != null ? "Justerad"
        : "Väntar på justering";
    return Model.of()
        .put("id", s.id())
        .put("namn", s.personName())
        .put("roll", s.role().label())
        .put("rollText", s.role().label().equals("ordforande") ? "Ordförande" : "Justerare")
        .put("begard", time(s.requestedAt()))
        .put("justerad", time(s.signedAt()))
        .put("version", s.revision())
        .put("aterkallad", time(s.withdrawnAt()))
        .put("skal", s.withdrawnReason())
        .put("tillstand", state)
        .put("tillstandText", stateText)
        .map();
  }

  static Map<String, Object> proposal(ChangeProposal p) {
    return Model.of()
        .put("id", p.id())
        .put("paragraf", p.paragraf())
        .put("forfattare", p.author())
        .put("text", p.text())
        .put("skapad", time(p.createdAt()))
        .put("svar", p.answer())
        .put("besvaradAv", p.answeredBy())
        .put("besvarad", time(p.answeredAt()))
        .map();
  }

  /** The seal: whole-text and per-§ hashes, signers, the originals' hashes. */
  public static Map<String, Object> seal(SealInfo s) {
    if (s == null) {
      return null;
    }
    List<Object> hashes = new ArrayList<>();
    new TreeMap<>(s.paragrafHashes()).forEach((nr, h) ->
        hashes.add(Model.of().put("paragraf", nr).put("sha256", h).map()));
    return Model.of()
        .put("version", s.revision())
        .put("sha256", s.sha256())
        .put("referens", s.reference())
        .put("forseglad", time(s.sealedAt()))
        .put("undertecknare", s.signers())
        .put("paragrafer", hashes)
        .put("docxSha256", s.docxSha256())
        .put("htmlSha256", s.htmlSha256())
        .put("importerad", s.imported())
        .map();
  }

  /** "2025-09-29 10:12" in Swedish time, or null. */
  static String time(Instant t) {
    if (t == null) {
      return null;
    }
    return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
        .withZone(se.paragraf.workflow.service.Services.ZONE).format(t);
  }
}
