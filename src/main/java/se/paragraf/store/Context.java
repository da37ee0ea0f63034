package se.paragraf.store;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** What every store class shares: the connection runner and the clock. */
final class Context {
  final Jdbc jdbc;
  private final Clock clock;

  Context(Jdbc jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Now, at the microsecond precision both databases keep. */
  Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
