package se.paragraf.web;

import java.time.LocalDate;
import se.paragraf.store.Database;
import se.paragraf.workflow.service.Services;
import se.paragraf.web.view.Pages;

/** What the handlers share: the application services, the page templates, the configuration. */
public record WebApp(Services services, Pages pages, WebConfig config) {

  public Database db() {
    return services.db();
  }

  /** Today in Sweden by the services' clock (deadlines, the anslagstavla). */
  public LocalDate today() {
    return services.today();
  }
}
