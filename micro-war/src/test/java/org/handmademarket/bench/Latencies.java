package org.handmademarket.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Measured durations and their percentiles (nearest rank), in milliseconds. */
final class Latencies {

  private final List<Double> millis = new ArrayList<>();

  void add(long nanos) {
    millis.add(nanos / 1e6);
  }

  int count() {
    return millis.size();
  }

  double percentile(double p) {
    List<Double> sorted = new ArrayList<>(millis);
    Collections.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
  }

  double mean() {
    return millis.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
  }

  String row(String name) {
    return String.format(
        Locale.ROOT,
        "| %-44s | %6d | %7.1f | %7.1f | %7.1f | %7.1f |",
        name,
        count(),
        percentile(50),
        percentile(95),
        percentile(99),
        mean());
  }

  static String header() {
    return String.format(
        Locale.ROOT,
        "| %-44s | %6s | %7s | %7s | %7s | %7s |%n|%s|%s|%s|%s|%s|%s|",
        "what",
        "n",
        "p50 ms",
        "p95 ms",
        "p99 ms",
        "mean ms",
        "-".repeat(46),
        "-".repeat(8),
        "-".repeat(9),
        "-".repeat(9),
        "-".repeat(9),
        "-".repeat(9));
  }
}
