package org.handmademarket.search;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.RangeBucket;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.CompletionSuggestOption;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.Suggestion;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.handmademarket.search.index.ProductDocument;
import org.handmademarket.search.query.SearchCriteria;
import org.handmademarket.search.query.SuggestQuery;

/** Reads Elasticsearch responses into the API's records. */
public final class SearchResults {

  private SearchResults() {}

  /**
   * @param imageBaseUrl prefix that turns a thumbnail's storage key into its URL
   */
  public static SearchResult of(
      SearchResponse<ProductDocument> response, SearchCriteria criteria, String imageBaseUrl) {
    List<ProductHit> products = new ArrayList<>();
    for (Hit<ProductDocument> hit : response.hits().hits()) {
      products.add(hit(hit, imageBaseUrl));
    }
    long total =
        response.hits().total() == null ? products.size() : response.hits().total().value();
    return new SearchResult(
        products,
        total,
        criteria.page(),
        criteria.pageSize(),
        criteria.totalPages(total),
        new SearchFacets(
            categories(response.aggregations().get("categories")), priceRanges(response)));
  }

  /**
   * Exact completions, then those within a typo, one per title, at most {@link SuggestQuery#SIZE}.
   */
  public static Suggestions suggestions(SearchResponse<ProductDocument> response) {
    Map<String, Suggestions.Suggestion> byTitle = new LinkedHashMap<>();
    for (String suggester : List.of(SuggestQuery.EXACT, SuggestQuery.FUZZY)) {
      for (Suggestion<ProductDocument> suggestion :
          response.suggest().getOrDefault(suggester, List.of())) {
        for (CompletionSuggestOption<ProductDocument> option : suggestion.completion().options()) {
          String title = option.source().title();
          if (byTitle.size() < SuggestQuery.SIZE) {
            byTitle.putIfAbsent(
                title.toLowerCase(Locale.ROOT),
                new Suggestions.Suggestion(Long.parseLong(option.id()), title));
          }
        }
      }
    }
    return new Suggestions(List.copyOf(byTitle.values()));
  }

  private static ProductHit hit(Hit<ProductDocument> hit, String imageBaseUrl) {
    ProductDocument product = hit.source();
    return new ProductHit(
        product.id(),
        hit.score(),
        product.title(),
        // Source filtering re-renders numbers ("53.00" comes back as 53.0): money leaves with its
        // cents.
        product.price().setScale(2, RoundingMode.HALF_UP),
        product.image() == null ? null : imageBaseUrl + product.image(),
        product.shopName(),
        product.shopSlug(),
        product.isVintage(),
        product.isHandmade(),
        product.category().slug(),
        product.category().name(),
        product.quantity());
  }

  private static List<FacetCount> categories(Aggregate categories) {
    List<FacetCount> counts = new ArrayList<>();
    for (StringTermsBucket bucket :
        categories.filter().aggregations().get("values").sterms().buckets().array()) {
      counts.add(new FacetCount(bucket.key().stringValue(), bucket.docCount()));
    }
    return counts;
  }

  private static List<FacetCount> priceRanges(SearchResponse<ProductDocument> response) {
    List<FacetCount> counts = new ArrayList<>();
    for (RangeBucket bucket :
        response.aggregations().get("priceRanges").range().buckets().array()) {
      counts.add(new FacetCount(bucket.key(), bucket.docCount()));
    }
    return counts;
  }
}
