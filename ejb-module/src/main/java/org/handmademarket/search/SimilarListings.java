package org.handmademarket.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.search.Hit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.handmademarket.platform.errors.MarketplaceException;
import org.handmademarket.platform.errors.ProblemType;
import org.handmademarket.search.query.SimilarListingsQuery;

/**
 * Candidate listings for recommendations, as ids, asked in the marketplace's terms (listings,
 * categories, tags, a price): look-alikes of some listings, and a category's listings near a price.
 * Every answer keeps to listings in stock and leaves out the ids it is told to; the caller reads
 * the cards from PostgreSQL, which also drops what sold out since it was indexed.
 *
 * <p>When Elasticsearch cannot answer, these methods throw {@link MarketplaceException} 503; the
 * feed then leaves the sections out rather than failing.
 */
@ApplicationScoped
public class SimilarListings {

  private static final Logger LOG = Logger.getLogger(SimilarListings.class.getName());

  @Inject ElasticsearchClient client;

  @Inject SearchIndexAlias indexAlias;

  /**
   * Listings like the seeds (which are left out too), lifted by the shopper's common tags.
   *
   * @param sameCategoryOrTags when set, only listings in its category or with one of its tags
   *     qualify (a product page's "similar items")
   * @param size at most this many ids, the most alike first
   */
  public List<Long> like(
      List<Long> seeds,
      List<String> tags,
      Collection<Long> excluded,
      Scope sameCategoryOrTags,
      int size) {
    if (seeds.isEmpty()) {
      return List.of();
    }
    return ids(
        SimilarListingsQuery.like(
            indexAlias.name(),
            seeds,
            tags,
            excluded,
            sameCategoryOrTags == null ? null : sameCategoryOrTags.category(),
            sameCategoryOrTags == null ? List.of() : sameCategoryOrTags.tags()),
        size);
  }

  /**
   * Listings of a category (its sub-categories included), ranked by the shopper's common tags, the
   * shop's reputation and closeness to {@code price} (none when {@code null}).
   *
   * @param size at most this many ids, the best first
   */
  public List<Long> inCategory(
      String categorySlug,
      BigDecimal price,
      List<String> tags,
      Collection<Long> excluded,
      int size) {
    return ids(SimilarListingsQuery.inCategory(categorySlug, price, tags, excluded), size);
  }

  /** A listing's category (by slug) and tags, for "similar items" that share one of them. */
  public record Scope(String category, List<String> tags) {}

  private List<Long> ids(Query query, int size) {
    SearchRequest request =
        SearchRequest.of(
            s ->
                s.index(indexAlias.name()).query(query).size(size).source(src -> src.fetch(false)));
    try {
      List<Hit<Void>> hits = client.search(request, Void.class).hits().hits();
      return hits.stream().map(hit -> Long.valueOf(hit.id())).toList();
    } catch (IOException | ElasticsearchException e) {
      LOG.log(Level.FINE, "Elasticsearch cannot answer a recommendation query", e);
      throw new MarketplaceException(
          ProblemType.SERVICE_UNAVAILABLE,
          "Recommendations are unavailable at the moment. Please try again shortly.",
          Map.of(),
          Duration.ofSeconds(10));
    }
  }
}
