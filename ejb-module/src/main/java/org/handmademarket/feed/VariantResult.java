package org.handmademarket.feed;

/**
 * How one feed variant did over a period.
 *
 * @param shoppers distinct shoppers who were shown the feed
 * @param impressions sections shown
 * @param clicks favorites and adds to cart from a feed section
 * @param clickThroughRate clicks per impression (0 without impressions)
 */
public record VariantResult(
    Variant variant,
    long shoppers,
    long impressions,
    long favorites,
    long addsToCart,
    long clicks,
    double clickThroughRate) {}
