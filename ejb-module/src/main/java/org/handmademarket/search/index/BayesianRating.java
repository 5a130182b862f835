package org.handmademarket.search.index;

/**
 * A listing's rating for ranking: its reviews' average pulled towards a prior, as if every listing
 * started with {@link #PRIOR_REVIEWS} reviews of {@link #PRIOR_MEAN} stars. A few reviews move it a
 * little, many move it to their own average: one 5-star review scores 4.09, two hundred reviews
 * averaging 4.8 score 4.76, and a listing without reviews scores the prior, 4.0.
 */
public final class BayesianRating {

  /** About what a well-run marketplace's listings average, so a new listing is not punished. */
  static final double PRIOR_MEAN = 4.0;

  /** How many reviews it takes before a listing's own average weighs as much as the prior. */
  static final double PRIOR_REVIEWS = 10;

  private BayesianRating() {}

  /**
   * @param starSum the sum of the stars of the listing's visible reviews
   * @param count how many visible reviews it has
   */
  public static double of(long starSum, long count) {
    return (PRIOR_MEAN * PRIOR_REVIEWS + starSum) / (PRIOR_REVIEWS + count);
  }
}
