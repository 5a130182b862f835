package org.handmademarket.search;

import java.util.List;

/**
 * Counts for faceted navigation.
 *
 * @param categories without a category filter, per top-level category; with one, per sub-category
 *     of it
 * @param priceRanges the four price ranges, each counted as if it were the one selected
 */
public record SearchFacets(List<FacetCount> categories, List<FacetCount> priceRanges) {}
