package org.handmademarket.search.query;

import java.util.List;

/** The price facet's ranges, as the storefront shows them; {@code to} is exclusive. */
public final class PriceBuckets {

  /** A named price range; a {@code null} bound is open. */
  public record Bucket(String key, Double from, Double to) {}

  public static final List<Bucket> ALL =
      List.of(
          new Bucket("Under $25", null, 25.0),
          new Bucket("$25 to $50", 25.0, 50.0),
          new Bucket("$50 to $100", 50.0, 100.0),
          new Bucket("Over $100", 100.0, null));

  private PriceBuckets() {}
}
