package org.handmademarket.localstack.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The only source of randomness of the demo catalogue: a seeded {@link SplittableRandom} with the
 * few distributions the generators need. Every item (a shop, a listing) gets its own dice derived
 * from the catalogue seed and the item's number, so items can be generated in parallel and in any
 * order and still come out identical.
 */
final class Dice {

  private final SplittableRandom random;

  Dice(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** Independent dice for item {@code index} of the named stream (e.g. "listing", 42). */
  static Dice of(long seed, String stream, long index) {
    return new Dice(mix(mix(seed ^ stream.hashCode()) + index));
  }

  /** Stafford's variant 13 of the 64-bit finaliser: neighbouring inputs give unrelated outputs. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  /** Uniform in [0, 1). */
  double unit() {
    return random.nextDouble();
  }

  /** Uniform in [min, max], both inclusive. */
  int between(int min, int max) {
    return random.nextInt(min, max + 1);
  }

  byte[] bytes(int count) {
    byte[] bytes = new byte[count];
    random.nextBytes(bytes);
    return bytes;
  }

  /** A moment in the {@code window} before {@code instant}, to the second. */
  java.time.Instant before(java.time.Instant instant, java.time.Duration window) {
    return instant.minusSeconds(random.nextLong(1, window.toSeconds() + 1));
  }

  boolean chance(double probability) {
    return random.nextDouble() < probability;
  }

  <T> T pick(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }

  /** {@code count} different items (fewer if the list is shorter), in random order. */
  <T> List<T> pickDistinct(List<T> items, int count) {
    List<T> pool = new ArrayList<>(items);
    int n = Math.min(count, pool.size());
    for (int i = 0; i < n; i++) {
      int j = random.nextInt(i, pool.size());
      T swap = pool.get(i);
      pool.set(i, pool.get(j));
      pool.set(j, swap);
    }
    return List.copyOf(pool.subList(0, n));
  }

  /** An index drawn with the given relative weights. */
  int weighted(int[] weights) {
    int total = 0;
    for (int weight : weights) {
      total += weight;
    }
    int roll = random.nextInt(total);
    for (int i = 0; i < weights.length; i++) {
      roll -= weights[i];
      if (roll < 0) {
        return i;
      }
    }
    throw new IllegalStateException("unreachable");
  }

  /**
   * Log-uniform in [min, max]: prices and sizes spread over orders of magnitude the way real ones
   * do (as many items between $10 and $20 as between $100 and $200).
   */
  double logUniform(double min, double max) {
    return Math.exp(Math.log(min) + random.nextDouble() * (Math.log(max) - Math.log(min)));
  }

  /** Log-normal with the given median: the long tail of shop sizes and sales. */
  double logNormal(double median, double sigma) {
    return median * Math.exp(sigma * gaussian());
  }

  private double gaussian() {
    // Box-Muller on our own stream, so results do not depend on the JDK's nextGaussian algorithm.
    double u = 1.0 - random.nextDouble();
    double v = random.nextDouble();
    return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2.0 * Math.PI * v);
  }
}
