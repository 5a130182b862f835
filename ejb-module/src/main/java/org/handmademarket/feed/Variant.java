package org.handmademarket.feed;

/**
 * The feed experiment's arms. A: "Based on your favorites" first, then the category sections. B:
 * the category sections first, testing whether shoppers respond more to familiar categories than to
 * look-alikes.
 */
public enum Variant {
  A,
  B;

  /** Stable per shopper (a mixed hash of the id, so that consecutive accounts do not alternate). */
  public static Variant of(long userId) {
    long mixed = userId * 0x9E3779B97F4A7C15L;
    return (mixed >>> 63) == 0 ? A : B;
  }
}
