package se.paragraf.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import se.paragraf.web.admin.AdminRoutes;
import se.paragraf.web.anslag.AnslagRoutes;
import se.paragraf.web.auth.AccountRoutes;
import se.paragraf.web.auth.AuthRoutes;
import se.paragraf.web.editor.ActionRoutes;
import se.paragraf.web.editor.EditorRoutes;
import se.paragraf.web.editor.HistoryRoutes;
import se.paragraf.web.justering.JusteringRoutes;
import se.paragraf.web.justering.ReservationRoutes;
import se.paragraf.web.justering.SealRoutes;
import se.paragraf.web.organ.AuditRoutes;
import se.paragraf.web.organ.OrganRoutes;
import se.paragraf.web.verify.VerifyRoutes;
import se.paragraf.web.view.Views;

/**
 * Every route of the service with its {@link Access}: the single declarative table the guard
 * enforces and the route × role test walks.
 */
public final class RouteTable {
  private RouteTable() {}

  public static List<Route> routes(WebApp app, Views views) {
    List<Route> all = new ArrayList<>();
    all.addAll(new StaticFiles().routes());
    all.addAll(new AuthRoutes(app, views).routes());
    all.addAll(new AccountRoutes(app, views).routes());
    all.addAll(new OrganRoutes(app, views).routes());
    all.addAll(new AuditRoutes(app, views).routes());
    all.addAll(new EditorRoutes(app, views).routes());
    all.addAll(new HistoryRoutes(app, views).routes());
    all.addAll(new ActionRoutes(app).routes());
    all.addAll(new JusteringRoutes(app, views).routes());
    all.addAll(new ReservationRoutes(app).routes());
    all.addAll(new SealRoutes(app, views).routes());
    all.addAll(new AnslagRoutes(app, views).routes());
    all.addAll(new VerifyRoutes(app, views).routes());
    all.addAll(new AdminRoutes(app, views).routes());
    Set<String> seen = new HashSet<>();
    for (Route r : all) {
      if (!seen.add(r.key())) {
        throw new IllegalStateException("route declared twice: " + r.key());
      }
    }
    return List.copyOf(all);
  }
}
