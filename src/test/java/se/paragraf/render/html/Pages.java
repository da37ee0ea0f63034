package se.paragraf.render.html;

import java.util.List;
import se.paragraf.fixtures.Fixtures;
import se.paragraf.model.Anslag;
import se.paragraf.model.Arende;
import se.paragraf.model.Document;
import se.paragraf.model.Meeting;
import se.paragraf.render.RenderException;
import se.paragraf.render.Templates;

/** One shared renderer over the bundled templates, and the fixture documents the tests render. */
final class Pages {
  static final HtmlRenderer RENDERER = new HtmlRenderer(Templates.bundled());

  private Pages() {}

  static String kallelse() throws RenderException {
    return RENDERER.renderString(Document.of(Fixtures.organ(), Fixtures.kallelse(), null));
  }

  static String protokoll(Anslag anslag) throws RenderException {
    return protokoll(Fixtures.protokoll(), anslag);
  }

  static String protokoll(Meeting m, Anslag anslag) throws RenderException {
    return RENDERER.renderString(Document.of(Fixtures.organ(), m, anslag));
  }

  static String utdrag(Integer... paragrafer) throws RenderException {
    return RENDERER.renderString(Document.utdrag(Fixtures.organ(), Fixtures.protokoll(),
        List.of(paragrafer), Fixtures.anslag()));
  }

  /** The protokoll with § {@code nr} replaced by what {@code change} makes of it. */
  static Meeting protokollMed(int nr, java.util.function.UnaryOperator<Arende> change) {
    Meeting m = Fixtures.protokoll();
    return m.withArenden(m.arenden().stream()
        .map(a -> a.nummer() != null && a.nummer() == nr ? change.apply(a) : a).toList());
  }

  /** A copy of {@code a} marked secret. */
  static Arende sekretess(Arende a, String grund) {
    return new Arende(a.typ(), a.nummer(), a.rubrik(), a.dnr(), a.bilagor(), a.text(), a.beslut(),
        a.jav(), a.yrkanden(), a.propositionsordning(), a.omrostning(), a.reservationer(),
        a.justerare(), a.omedelbarJustering(), a.utdragTill(), grund, a.delpunkter(), a.pos());
  }
}
