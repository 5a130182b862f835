package org.handmademarket.search.query;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.FieldValueFactorModifier;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionBoostMode;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionScoreMode;
import co.elastic.clients.elasticsearch._types.query_dsl.Like;
import co.elastic.clients.elasticsearch._types.query_dsl.NumericDecayFunction;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.util.ObjectBuilder;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

/**
 * The queries behind recommendations: look-alikes ({@code more_like_this} on title, tags and
 * description) and a category's listings near a price. Every query keeps to listings in stock and
 * leaves out the ids it is told to.
 */
public final class SimilarListingsQuery {

  static final List<String> TEXT_FIELDS = List.of("title", "tags", "description");

  /**
   * A look-alike shares words with the seeds; these keep rare terms of a small catalogue usable.
   */
  static final int MIN_TERM_FREQ = 1;

  static final int MIN_DOC_FREQ = 1;
  static final int MAX_QUERY_TERMS = 25;

  /**
   * Of the terms picked from the seeds, how many a look-alike must share. The default 30% suits one
   * seed; with twenty seeds it would ask for overlap with all of them at once.
   */
  static final String MIN_SHOULD_MATCH = "10%";

  /** How much a shared common tag lifts a candidate. */
  static final float TAG_BOOST = 2.0f;

  /**
   * How much closeness to the shopper's price counts in a category section: at the price it adds 3,
   * as much as a 5-star shop with 10,000 sales adds at {@link #REPUTATION_WEIGHT}.
   */
  static final double PRICE_WEIGHT = 3.0;

  /** How much the shop's reputation counts in a category section. */
  static final double REPUTATION_WEIGHT = 0.5;

  /** {@code sqrt(1.5 * shopRating)} and {@code log1p(1.2 * shopSalesCount)}, as search ranks. */
  static final double RATING_FACTOR = 1.5;

  static final double SALES_FACTOR = 1.2;

  private SimilarListingsQuery() {}

  /**
   * Listings like the seeds (which are left out too), lifted by the given tags.
   *
   * @param index the index the seeds are read from
   * @param category with {@code scopeTags}, when not {@code null}: only listings in this category
   *     or with one of these tags qualify
   */
  public static Query like(
      String index,
      List<Long> seeds,
      List<String> tags,
      Collection<Long> excluded,
      String category,
      List<String> scopeTags) {
    List<Like> likes =
        seeds.stream()
            .map(id -> Like.of(l -> l.document(d -> d.index(index).id(String.valueOf(id)))))
            .toList();
    BoolQuery.Builder bool = inStockExcept(excluded, seeds);
    bool.must(
        m ->
            m.moreLikeThis(
                mlt ->
                    mlt.fields(TEXT_FIELDS)
                        .like(likes)
                        .minTermFreq(MIN_TERM_FREQ)
                        .minDocFreq(MIN_DOC_FREQ)
                        .maxQueryTerms(MAX_QUERY_TERMS)
                        .minimumShouldMatch(MIN_SHOULD_MATCH)));
    boostTags(bool, tags);
    if (category != null) {
      bool.filter(
          f ->
              f.bool(
                  b -> {
                    b.should(s -> s.term(t -> t.field("category.slug").value(category)));
                    if (!scopeTags.isEmpty()) {
                      b.should(s -> tagged(s, scopeTags, 1.0f));
                    }
                    return b.minimumShouldMatch("1");
                  }));
    }
    return Query.of(q -> q.bool(bool.build()));
  }

  /**
   * Listings of a category (its sub-categories included), ranked by a blend: the given tags, the
   * shop's reputation (rating and sales, as search ranks them) and closeness to {@code price}.
   * Closeness alone would put a stranger's listing at exactly the price above a well-loved shop's
   * listing a few dollars off.
   */
  public static Query inCategory(
      String categorySlug, BigDecimal price, List<String> tags, Collection<Long> excluded) {
    BoolQuery.Builder bool = inStockExcept(excluded, List.of());
    bool.filter(f -> f.term(t -> t.field("category.path").value(categorySlug)));
    bool.must(m -> m.matchAll(a -> a));
    boostTags(bool, tags);
    Query matching = Query.of(q -> q.bool(bool.build()));
    boolean nearPrice = price != null && price.signum() > 0;
    double origin = nearPrice ? price.doubleValue() : 0;
    // Half the closeness at half or one and a half times the price: "near" scales with the price.
    double scale = Math.max(1.0, origin / 2);
    Query blended =
        Query.of(
            q ->
                q.functionScore(
                    fs -> {
                      fs.query(matching)
                          .functions(
                              f ->
                                  f.fieldValueFactor(
                                          v ->
                                              v.field("shopRating")
                                                  .factor(RATING_FACTOR)
                                                  .modifier(FieldValueFactorModifier.Sqrt)
                                                  .missing(0.0))
                                      .weight(REPUTATION_WEIGHT))
                          .functions(
                              f ->
                                  f.fieldValueFactor(
                                          v ->
                                              v.field("shopSalesCount")
                                                  .factor(SALES_FACTOR)
                                                  .modifier(FieldValueFactorModifier.Log1p)
                                                  .missing(0.0))
                                      .weight(REPUTATION_WEIGHT));
                      if (nearPrice) {
                        fs.functions(
                            f ->
                                f.gauss(g -> g.numeric(n -> nearPrice(n, origin, scale)))
                                    .weight(PRICE_WEIGHT));
                      }
                      return fs.scoreMode(FunctionScoreMode.Sum).boostMode(FunctionBoostMode.Sum);
                    }));
    return blended;
  }

  private static NumericDecayFunction.Builder nearPrice(
      NumericDecayFunction.Builder decay, double origin, double scale) {
    return decay.field("price").placement(p -> p.origin(origin).scale(scale).decay(0.5));
  }

  private static BoolQuery.Builder inStockExcept(
      Collection<Long> excluded, Collection<Long> seeds) {
    BoolQuery.Builder bool = new BoolQuery.Builder();
    bool.filter(f -> f.range(r -> r.number(n -> n.field("quantity").gt(0.0))));
    List<String> left =
        Stream.concat(excluded.stream(), seeds.stream()).distinct().map(String::valueOf).toList();
    if (!left.isEmpty()) {
      bool.mustNot(m -> m.ids(i -> i.values(left)));
    }
    return bool;
  }

  private static void boostTags(BoolQuery.Builder bool, List<String> tags) {
    if (!tags.isEmpty()) {
      bool.should(s -> tagged(s, tags, TAG_BOOST));
    }
  }

  private static ObjectBuilder<Query> tagged(Query.Builder query, List<String> tags, float boost) {
    List<FieldValue> values = tags.stream().map(FieldValue::of).toList();
    return query.terms(t -> t.field("tags.keyword").terms(v -> v.value(values)).boost(boost));
  }
}
