package se.paragraf.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import se.paragraf.render.Renderers;
import se.paragraf.store.Database;
import se.paragraf.web.view.Pages;

/**
 * What the handlers share: the store, the renderers, the page templates, the configuration and
 * the clock ("today" for deadlines and the anslagstavla, in Swedish time).
 */
public record WebApp(
    Database db, Renderers renderers, Pages pages, WebConfig config, Clock clock) {
  public static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

  public LocalDate today() {
    return LocalDate.now(clock.withZone(SWEDEN));
  }
}
