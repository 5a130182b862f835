package org.handmademarket.search;

import jakarta.annotation.Nullable;
import java.util.List;

/**
 * One page of search results with the facets of the whole result set.
 *
 * @param total how many listings match, on all pages
 * @param totalPages the pages a client can request (at most 100, see the API documentation)
 * @param correctedQuery the words as the catalogue spells them when the results were found only
 *     through typo tolerance ("Showing results for ..."); absent otherwise
 */
public record SearchResult(
    List<ProductHit> products,
    long total,
    int page,
    int pageSize,
    int totalPages,
    SearchFacets facets,
    @Nullable String correctedQuery) {}
