package org.handmademarket.it.support;

import java.util.regex.Pattern;

/** Reads samples out of a Prometheus exposition ({@code GET /metrics}). */
public final class PrometheusSamples {

  private PrometheusSamples() {}

  /**
   * How much a Prometheus sample (summed over the series whose labels contain {@code labels}) grew.
   */
  public static long increase(String before, String after, String name, String labels) {
    return Math.round(sample(after, name, labels) - sample(before, name, labels));
  }

  /** The sum of the series of {@code name} whose labels contain {@code labels} (0 when none). */
  public static double sample(String exposition, String name, String labels) {
    Pattern line =
        Pattern.compile("^" + Pattern.quote(name) + "(\\{[^}]*})?\\s+(\\S+)$", Pattern.MULTILINE);
    return line.matcher(exposition)
        .results()
        .filter(
            match -> match.group(1) == null ? labels.isEmpty() : match.group(1).contains(labels))
        .mapToDouble(match -> Double.parseDouble(match.group(2)))
        .sum();
  }

  /** Whether a series of {@code name} with {@code labels} is published at all. */
  public static boolean has(String exposition, String name, String labels) {
    Pattern line =
        Pattern.compile("^" + Pattern.quote(name) + "(\\{[^}]*})?\\s+(\\S+)$", Pattern.MULTILINE);
    return line.matcher(exposition)
        .results()
        .anyMatch(match -> match.group(1) != null && match.group(1).contains(labels));
  }
}
