package se.paragraf.workflow.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the tests set and move by hand; shared by the store and the services. */
final class TestClock extends Clock {
  private volatile Instant now;

  TestClock(LocalDate day) {
    set(day);
  }

  /** Ten in the morning, Swedish time, on {@code day}. */
  void set(LocalDate day) {
    now = day.atTime(10, 0).atZone(Services.ZONE).toInstant();
  }

  void advance(Duration d) {
    now = now.plus(d);
  }

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException();
  }
}
