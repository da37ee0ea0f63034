package se.paragraf.workflow.service;

import se.paragraf.render.Renderers;
import se.paragraf.store.Database;

/** Reads what the store keeps as models: organ profiles, meeting texts, their problems. */
final class Sources {
  private final Database db;
  private final Renderers renderers;

  Sources(Database db, Renderers renderers) {
    this.db = db;
    this.renderers = renderers;
  }
}
