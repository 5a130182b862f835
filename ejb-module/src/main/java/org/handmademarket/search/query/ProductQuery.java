package org.handmademarket.search.query;

import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.SuggestMode;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.AggregationRange;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.FieldValueFactorModifier;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionBoostMode;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionScoreMode;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import java.util.List;
import java.util.Optional;
import org.handmademarket.search.index.Popularity;

/**
 * Turns search criteria into the Elasticsearch request of the design: a {@code function_score} over
 * a {@code bool} query, the category and price facets, a sort and a page.
 *
 * <ul>
 *   <li>Text: {@code multi_match} on title^3, tags^2 and description with {@code fuzziness: AUTO}
 *       and {@code prefix_length: 2} (typos tolerated, but the first two letters must be right,
 *       which keeps fuzzy expansion cheap and sensible), plus the same words as an exact phrase as
 *       an optional boost. Synonyms come from the fields' search analyser.
 *   <li>Filters: category (a top-level slug includes its sub-categories), vintage, in stock only.
 *       The price range is a {@code post_filter}, so that the price facet still counts the other
 *       ranges (a shopper can switch range); the category facet applies it itself. Price ranges are
 *       half-open, {@code minPrice <= price < maxPrice}, in the filter as in the facet's buckets,
 *       so that a price of exactly 25 is in "$25 to $50" only, whichever way it is asked.
 *   <li>Spelling: a named exact (not fuzzy) clause that adds nothing to the score tells whether a
 *       hit matched the words as typed; a term suggester proposes the spelling the index knows, so
 *       that a page found only through typo tolerance can say "Showing results for ...".
 *   <li>Filters also: "4 stars and up" ({@code minRating}) on the listing's average.
 *   <li>Ranking: the text score plus {@code sqrt(1.5 * shopRating)} plus the listing's {@link
 *       org.handmademarket.search.index.BayesianRating} plus {@code log10(1 + 1.2 *
 *       shopSalesCount)}. Added, not multiplied, so that a new shop's exact title match still beats
 *       a big shop's passing mention in a description; between equal matches the better shop and
 *       the better rated listing win, and one 5-star review does not beat two hundred 4.8s.
 * </ul>
 */
public final class ProductQuery {

  static final List<String> TEXT_FIELDS = List.of("title^3", "tags^2", "description");
  static final double PHRASE_BOOST = 2.0;
  static final double TIE_BREAKER = 0.3;
  static final int CATEGORY_FACET_SIZE = 20;

  /** The name of the clause that matches the words as typed (no typo tolerance). */
  public static final String AS_TYPED = "as-typed";

  /** The name of the term suggester that proposes spellings the index knows. */
  public static final String SPELLING = "spelling";

  /**
   * Relevance pages up to this one are read as one window from the first hit, so that the first
   * page can be spread over shops without losing or repeating a listing on the next pages.
   */
  public static final int DIVERSIFIED_PAGES = ShopDiversity.WINDOW_PAGES;

  /** What a result card needs; descriptions, tags and suggester inputs stay in the index. */
  static final List<String> RESULT_FIELDS =
      List.of(
          "id",
          "title",
          "price",
          "image",
          "shopName",
          "shopSlug",
          "isVintage",
          "isHandmade",
          "category.slug",
          "category.name",
          "quantity",
          "createdAt",
          "rating",
          "ratingCount");

  private ProductQuery() {}

  public static SearchRequest build(SearchCriteria criteria, String index) {
    Optional<Query> priceRange = priceRange(criteria);
    boolean window = ShopDiversity.applies(criteria);
    return SearchRequest.of(
        s -> {
          s.index(index)
              .query(rankedByReputation(matching(criteria)))
              .from(window ? 0 : criteria.from())
              .size(window ? ShopDiversity.windowSize(criteria) : criteria.pageSize())
              .trackTotalHits(t -> t.enabled(true))
              .source(src -> src.filter(f -> f.includes(RESULT_FIELDS)))
              .sort(sort(criteria.sort()))
              .aggregations("categories", categoryFacet(criteria, priceRange))
              .aggregations("priceRanges", priceFacet());
          priceRange.ifPresent(s::postFilter);
          if (!criteria.browsing()) {
            s.suggest(
                sg ->
                    sg.text(criteria.q())
                        .suggesters(
                            SPELLING,
                            f ->
                                f.term(
                                    t ->
                                        t.field("title")
                                            // The index's own words, without synonyms: a synonym
                                            // is not a misspelling.
                                            .analyzer("product_text")
                                            .suggestMode(SuggestMode.Missing)
                                            .size(1))));
          }
          return s;
        });
  }

  private static Query matching(SearchCriteria criteria) {
    BoolQuery.Builder bool = new BoolQuery.Builder();
    if (!criteria.browsing()) {
      bool.must(
          m ->
              m.multiMatch(
                  mm ->
                      mm.query(criteria.q())
                          .fields(TEXT_FIELDS)
                          .fuzziness("AUTO")
                          .prefixLength(2)
                          .tieBreaker(TIE_BREAKER)));
      bool.should(
          s ->
              s.multiMatch(
                  mm ->
                      mm.query(criteria.q())
                          .fields(TEXT_FIELDS)
                          .type(TextQueryType.Phrase)
                          .boost((float) PHRASE_BOOST)));
      bool.should(
          s ->
              s.multiMatch(
                  mm ->
                      mm.query(criteria.q())
                          .fields(TEXT_FIELDS)
                          // Every word, as typed, somewhere in the listing.
                          .type(TextQueryType.CrossFields)
                          .operator(Operator.And)
                          .queryName(AS_TYPED)
                          .boost(0.0f)));
    }
    if (criteria.category() != null) {
      bool.filter(f -> f.term(t -> t.field("category.path").value(criteria.category())));
    }
    if (criteria.isVintage() != null) {
      bool.filter(f -> f.term(t -> t.field("isVintage").value(criteria.isVintage())));
    }
    if (criteria.minRating() != null) {
      bool.filter(
          f -> f.range(r -> r.number(n -> n.field("rating").gte((double) criteria.minRating()))));
    }
    bool.filter(f -> f.range(r -> r.number(n -> n.field("quantity").gt(0.0))));
    return Query.of(q -> q.bool(bool.build()));
  }

  private static Query rankedByReputation(Query matching) {
    return Query.of(
        q ->
            q.functionScore(
                fs ->
                    fs.query(matching)
                        .functions(
                            f ->
                                f.fieldValueFactor(
                                    v ->
                                        v.field("shopRating")
                                            .factor(Popularity.RATING_FACTOR)
                                            .modifier(FieldValueFactorModifier.Sqrt)
                                            .missing(0.0)))
                        .functions(
                            f ->
                                f.fieldValueFactor(
                                    v ->
                                        v.field("ratingScore")
                                            .factor(Popularity.LISTING_RATING_FACTOR)
                                            .modifier(FieldValueFactorModifier.None)
                                            .missing(0.0)))
                        .functions(
                            f ->
                                f.fieldValueFactor(
                                    v ->
                                        v.field("shopSalesCount")
                                            .factor(Popularity.SALES_FACTOR)
                                            .modifier(FieldValueFactorModifier.Log1p)
                                            .missing(0.0)))
                        .scoreMode(FunctionScoreMode.Sum)
                        .boostMode(FunctionBoostMode.Sum)));
  }

  private static Optional<Query> priceRange(SearchCriteria criteria) {
    if (criteria.minPrice() == null && criteria.maxPrice() == null) {
      return Optional.empty();
    }
    return Optional.of(
        Query.of(
            q ->
                q.range(
                    r ->
                        r.number(
                            n -> {
                              n.field("price");
                              if (criteria.minPrice() != null) {
                                n.gte(criteria.minPrice().doubleValue());
                              }
                              if (criteria.maxPrice() != null) {
                                // Exclusive, as a range bucket's "to" is.
                                n.lt(criteria.maxPrice().doubleValue());
                              }
                              return n;
                            }))));
  }

  /**
   * Drill-down: without a category, counts per top-level category; within one, counts per
   * sub-category (a leaf category counts itself).
   */
  private static Aggregation categoryFacet(SearchCriteria criteria, Optional<Query> priceRange) {
    String field = criteria.category() == null ? "category.top" : "category.slug";
    Query inPriceRange = priceRange.orElseGet(() -> Query.of(q -> q.matchAll(m -> m)));
    return Aggregation.of(
        a ->
            a.filter(inPriceRange)
                .aggregations(
                    "values", v -> v.terms(t -> t.field(field).size(CATEGORY_FACET_SIZE))));
  }

  private static Aggregation priceFacet() {
    List<AggregationRange> ranges =
        PriceBuckets.ALL.stream()
            .map(b -> AggregationRange.of(r -> r.key(b.key()).from(b.from()).to(b.to())))
            .toList();
    return Aggregation.of(a -> a.range(r -> r.field("price").ranges(ranges)));
  }

  private static List<SortOptions> sort(SearchSort sort) {
    return switch (sort) {
      case RELEVANCE -> List.of(score(), field("id", SortOrder.Desc));
      case NEWEST -> List.of(field("createdAt", SortOrder.Desc), field("id", SortOrder.Desc));
      case PRICE_ASC -> List.of(field("price", SortOrder.Asc), field("id", SortOrder.Asc));
      case PRICE_DESC -> List.of(field("price", SortOrder.Desc), field("id", SortOrder.Desc));
      case RATING ->
          List.of(
              field("ratingScore", SortOrder.Desc),
              field("ratingCount", SortOrder.Desc),
              field("id", SortOrder.Desc));
    };
  }

  private static SortOptions score() {
    return SortOptions.of(s -> s.score(sc -> sc.order(SortOrder.Desc)));
  }

  private static SortOptions field(String name, SortOrder order) {
    return SortOptions.of(s -> s.field(f -> f.field(name).order(order)));
  }
}
