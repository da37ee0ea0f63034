package se.paragraf.web;

import java.time.LocalDate;
import se.paragraf.store.SourceKind;
import se.paragraf.workflow.service.DocumentSummary;
import se.paragraf.workflow.service.OpenDocument;

/** Brings the Norrdal meeting of 27 November 2025 to a given state through the services. */
final class Scenario {
  private Scenario() {}

  static long kallelse(WebFixture f) {
    return f.document("norrdal", WebFixture.NOVEMBER, SourceKind.KALLELSE).id();
  }

  /** The September protokoll, imported as justerat (sealed, posted). */
  static long sealed(WebFixture f) {
    return f.document("norrdal", LocalDate.of(2025, 9, 18), SourceKind.PROTOKOLL).id();
  }

  /** Sends the kallelse and drafts the protokoll; returns the draft as created. */
  static long draft(WebFixture f) {
    long k = kallelse(f);
    OpenDocument open = f.services.meetings().open(k);
    f.services.kallelser().send(k, open.revision().number(), f.actor(f.sekreterare));
    DocumentSummary p = f.services.protokoll().create(k, f.actor(f.sekreterare));
    return p.id();
  }

  /** The draft's text with the justerare chosen and no placeholders left. */
  static String fixed(String draft) {
    return draft
        .replace("justerare:\n", "justerare:\n  - Jonas Berglund\n")
        .replace("att utse ____ till justerare", "att utse Jonas Berglund till justerare")
        .replace("att …", "att bevilja Älvsby kommun 512 000 kronor i fortsatt medfinansiering");
  }

  /** A protokoll without fel, saved as revision 2; returns its id. */
  static long ready(WebFixture f) {
    long p = draft(f);
    OpenDocument open = f.services.meetings().open(p);
    f.services.meetings().save(p, open.revision().number(), fixed(open.text()),
        f.actor(f.sekreterare));
    return p;
  }

  /** The protokoll on justering with Ingrid Holmström (ordförande) and Jonas Berglund. */
  static long onJustering(WebFixture f) {
    long p = ready(f);
    int rev = f.services.meetings().open(p).revision().number();
    f.services.justering().send(p, rev, f.actor(f.sekreterare));
    return p;
  }
}
