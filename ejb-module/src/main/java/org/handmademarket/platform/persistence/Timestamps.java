package org.handmademarket.platform.persistence;

import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A timestamptz column read by a native query: the driver hands out a Timestamp or an
 * OffsetDateTime.
 */
public final class Timestamps {

  private Timestamps() {}

  public static OffsetDateTime of(Object column) {
    if (column instanceof OffsetDateTime at) {
      return at;
    }
    return column == null ? null : ((Timestamp) column).toInstant().atOffset(ZoneOffset.UTC);
  }
}
