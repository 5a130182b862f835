package org.handmademarket.search.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BayesianRatingTest {

  @Test
  void oneFiveStarReviewDoesNotBeatTwoHundredReviewsAveragingFourPointEight() {
    double single = BayesianRating.of(5, 1);
    double many = BayesianRating.of(960, 200);

    assertTrue(many > single, () -> many + " should beat " + single);
    assertEquals(4.09, single, 0.005);
    assertEquals(4.76, many, 0.005);
  }

  @Test
  void aListingWithoutReviewsScoresThePriorAndManyReviewsTheirOwnAverage() {
    assertEquals(BayesianRating.PRIOR_MEAN, BayesianRating.of(0, 0), 1e-9);
    assertEquals(2.0, BayesianRating.of(2 * 100_000, 100_000), 0.001);
    assertEquals(5.0, BayesianRating.of(5 * 100_000, 100_000), 0.001);
  }

  @Test
  void moreOfTheSameGoodReviewsRankHigherAndMoreBadOnesLower() {
    assertTrue(BayesianRating.of(50, 10) > BayesianRating.of(5, 1));
    assertTrue(BayesianRating.of(10, 10) < BayesianRating.of(1, 1));
  }
}
