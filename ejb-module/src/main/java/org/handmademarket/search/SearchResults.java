package org.handmademarket.search;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.RangeBucket;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.CompletionSuggestOption;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.Suggestion;
import co.elastic.clients.elasticsearch.core.search.TermSuggest;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.handmademarket.search.index.ProductDocument;
import org.handmademarket.search.query.ProductQuery;
import org.handmademarket.search.query.SearchCriteria;
import org.handmademarket.search.query.ShopDiversity;
import org.handmademarket.search.query.SuggestQuery;

/** Reads Elasticsearch responses into the API's records. */
public final class SearchResults {

  private SearchResults() {}

  /**
   * @param imageBaseUrl prefix that turns a thumbnail's storage key into its URL
   */
  public static SearchResult of(
      SearchResponse<ProductDocument> response, SearchCriteria criteria, String imageBaseUrl) {
    List<Hit<ProductDocument>> hits = response.hits().hits();
    if (ShopDiversity.applies(criteria)) {
      hits = ShopDiversity.page(hits, hit -> hit.source().shopSlug(), criteria);
    }
    List<ProductHit> products = new ArrayList<>();
    for (Hit<ProductDocument> hit : hits) {
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
            categories(response.aggregations().get("categories"), criteria), priceRanges(response)),
        correctedQuery(response, hits, criteria).orElse(null));
  }

  /**
   * The words as the index spells them, when the page was found only through typo tolerance: no hit
   * matched the words as typed, and the suggester knows a spelling for at least one of them.
   */
  static Optional<String> correctedQuery(
      SearchResponse<ProductDocument> response,
      List<Hit<ProductDocument>> hits,
      SearchCriteria criteria) {
    if (criteria.browsing()
        || hits.isEmpty()
        || hits.stream().anyMatch(hit -> matchedAsTyped(hit.matchedQueries()))) {
      return Optional.empty();
    }
    List<Suggestion<ProductDocument>> spelling =
        response.suggest().getOrDefault(ProductQuery.SPELLING, List.of());
    List<Correction> corrections = new ArrayList<>();
    for (Suggestion<ProductDocument> suggestion : spelling) {
      if (suggestion.isTerm() && !suggestion.term().options().isEmpty()) {
        TermSuggest term = suggestion.term();
        corrections.add(new Correction(term.offset(), term.length(), term.options().get(0).text()));
      }
    }
    return correct(criteria.q(), corrections);
  }

  /** A word of the query, by its place in it, and the spelling that replaces it. */
  record Correction(int offset, int length, String replacement) {}

  static Optional<String> correct(String q, List<Correction> corrections) {
    StringBuilder text = new StringBuilder();
    int at = 0;
    boolean changed = false;
    for (Correction correction :
        corrections.stream()
            .sorted(java.util.Comparator.comparingInt(Correction::offset))
            .toList()) {
      int start = correction.offset();
      int end = start + correction.length();
      if (start < at || end > q.length()) {
        continue;
      }
      text.append(q, at, start).append(correction.replacement());
      changed |= !q.substring(start, end).equalsIgnoreCase(correction.replacement());
      at = end;
    }
    text.append(q.substring(at));
    return changed ? Optional.of(text.toString()) : Optional.empty();
  }

  private static boolean matchedAsTyped(Map<String, Double> matched) {
    return matched != null && matched.containsKey(ProductQuery.AS_TYPED);
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
        product.quantity(),
        product.rating(),
        product.ratingCount());
  }

  /**
   * Without a category, one count per top-level category. Within one, the chosen category first,
   * counting everything in it (as the result count does), then its sub-categories; listings filed
   * under the chosen category itself count there, not as a sub-category of their own.
   */
  private static List<FacetCount> categories(Aggregate categories, SearchCriteria criteria) {
    List<FacetCount> counts = new ArrayList<>();
    if (criteria.category() != null) {
      counts.add(new FacetCount(criteria.category(), categories.filter().docCount()));
    }
    for (StringTermsBucket bucket :
        categories.filter().aggregations().get("values").sterms().buckets().array()) {
      String key = bucket.key().stringValue();
      if (!key.equals(criteria.category())) {
        counts.add(new FacetCount(key, bucket.docCount()));
      }
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
