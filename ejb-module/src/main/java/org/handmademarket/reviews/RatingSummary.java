package org.handmademarket.reviews;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A listing's rating from its visible reviews.
 *
 * @param average to two decimals; 0 without reviews
 * @param distribution how many reviews gave each number of stars, 5 stars first
 */
public record RatingSummary(BigDecimal average, int count, List<StarCount> distribution) {

  public record StarCount(int stars, int count) {}

  static RatingSummary of(long starSum, int[] countsByStars) {
    int count = 0;
    for (int stars = 1; stars <= 5; stars++) {
      count += countsByStars[stars];
    }
    BigDecimal average =
        count == 0
            ? BigDecimal.ZERO.setScale(2)
            : BigDecimal.valueOf(starSum)
                .divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
    List<StarCount> distribution =
        List.of(5, 4, 3, 2, 1).stream()
            .map(stars -> new StarCount(stars, countsByStars[stars]))
            .toList();
    return new RatingSummary(average, count, distribution);
  }
}
