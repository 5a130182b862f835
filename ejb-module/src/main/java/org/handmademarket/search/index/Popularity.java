package org.handmademarket.search.index;

/**
 * How much a shop's reputation lifts its listings: the square root of its rating and the logarithm
 * of its sales, so that the first good reviews and the first hundred sales count most and a giant
 * shop cannot bury everyone else. Relevance ranking applies these factors in Elasticsearch ({@code
 * field_value_factor}); the suggester's weights use {@link #weight} so both agree.
 */
public final class Popularity {

  /** {@code sqrt(1.5 * shopRating)}: a 5-star shop adds 2.7 to a listing's score. */
  public static final double RATING_FACTOR = 1.5;

  /**
   * The listing's {@link BayesianRating} (1 to 5, 4 without reviews) added as it is: between two
   * equal matches, 4.76 from two hundred reviews beats 4.09 from a single 5-star one.
   */
  public static final double LISTING_RATING_FACTOR = 1.0;

  /** {@code log10(1 + 1.2 * shopSalesCount)}: 100 sales add 2.1, 10,000 sales add 4.1. */
  public static final double SALES_FACTOR = 1.2;

  private Popularity() {}

  /** The same boost as a non-negative integer weight for the completion suggester. */
  public static int weight(double shopRating, int shopSalesCount) {
    double boost =
        Math.sqrt(RATING_FACTOR * Math.max(0, shopRating))
            + Math.log10(1 + SALES_FACTOR * Math.max(0, shopSalesCount));
    return (int) Math.round(10 * boost);
  }
}
