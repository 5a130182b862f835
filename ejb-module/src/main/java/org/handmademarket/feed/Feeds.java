package org.handmademarket.feed;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.handmademarket.favorites.ProductCard;
import org.handmademarket.favorites.ProductCards;
import org.handmademarket.identity.CurrentUser;
import org.handmademarket.platform.crypto.Sha256;
import org.handmademarket.platform.errors.InvalidField;
import org.handmademarket.platform.errors.MarketplaceException;
import org.handmademarket.platform.errors.ProblemType;
import org.handmademarket.search.SimilarListings;

/**
 * The home feed, similar items and product views.
 *
 * <ul>
 *   <li>Anonymous visitors: "Trending now".
 *   <li>Cold start (fewer than 3 favorites and fewer than 5 views): "Popular right now", the same
 *       trending list.
 *   <li>Otherwise: "Based on your favorites" (look-alikes of the favorited, bought and recently
 *       viewed listings, lifted by their common tags), then "More in {category}" for the top two
 *       categories (the latest interest's among them), ranked by the shopper's tags, the shop's
 *       reputation and closeness to what the shopper paid in that category, then "Trending now".
 *       Variant B shows the category sections before the look-alikes; the contents are the same.
 * </ul>
 *
 * A listing appears once per feed; what the shopper bought or favorited and what is sold out never
 * does. When Elasticsearch cannot answer, the personal sections are left out and the feed still
 * answers with trending listings.
 */
@Stateless
public class Feeds {

  public static final int MAX_SIMILAR = 24;

  /** Candidates asked of Elasticsearch per section: some will have sold out or be excluded. */
  static final int CANDIDATE_FACTOR = 2;

  private static final Logger LOG = Logger.getLogger(Feeds.class.getName());

  @PersistenceContext EntityManager em;

  @Inject CurrentUser currentUser;
  @Inject Trending trending;
  @Inject ShopperPreferences preferences;
  @Inject SimilarListings similarListings;
  @Inject ProductCards cards;
  @Inject FeedExperiment experiment;
  @Inject ActivityLog activity;
  @Inject FeedCache cache;

  @Inject
  @ConfigProperty(name = "feed.section.size")
  int sectionSize;

  @Inject
  @ConfigProperty(name = "feed.lookalikes.cache.seconds")
  long lookalikesCacheSeconds;

  public FeedView feed() {
    Optional<Long> caller = currentUser.userId();
    if (caller.isEmpty()) {
      return new FeedView(null, List.of(trending("trending", new HashSet<>())));
    }
    long userId = caller.get();
    Variant variant = Variant.of(userId);
    Preferences taste = preferences.of(userId);
    List<FeedSection> sections =
        taste.cold()
            ? List.of(trending("popular", new HashSet<>(taste.excluded())))
            : personal(userId, taste, variant);
    experiment.shown(userId, variant, sections);
    return new FeedView(variant, sections);
  }

  /**
   * Listings like this one that share its category or one of its tags, in stock.
   *
   * @throws MarketplaceException 404 for a listing shoppers cannot see, 400 for a limit outside 1
   *     to {@link #MAX_SIMILAR}, 503 when Elasticsearch cannot answer
   */
  public SimilarProducts similar(long productId, int limit) {
    if (limit < 1 || limit > MAX_SIMILAR) {
      throw InvalidField.of("limit", "must be between 1 and " + MAX_SIMILAR);
    }
    List<?> found =
        em.createNativeQuery(
                "SELECT category_slug FROM catalog_listings WHERE id = ?1 AND visible_to_shoppers")
            .setParameter(1, productId)
            .getResultList();
    if (found.isEmpty()) {
      throw new MarketplaceException(
          ProblemType.NOT_FOUND, "There is no listing " + productId + ".", Map.of("id", productId));
    }
    List<?> tags =
        em.createNativeQuery(
                "SELECT tag FROM catalog_listing_tags WHERE product_id = ?1 ORDER BY tag")
            .setParameter(1, productId)
            .getResultList();
    SimilarListings.Scope scope =
        new SimilarListings.Scope(
            (String) found.get(0), tags.stream().map(String.class::cast).toList());
    List<Long> ids =
        similarListings.like(
            List.of(productId), List.of(), Set.of(), scope, limit * CANDIDATE_FACTOR);
    return new SimilarProducts(cards.inStock(ids).stream().limit(limit).toList());
  }

  /**
   * Notes that the caller viewed a listing, for their preferences and trending; returns at once.
   */
  public void viewed(long productId) {
    currentUser.userId().ifPresent(userId -> activity.view(userId, productId));
  }

  private List<FeedSection> personal(long userId, Preferences taste, Variant variant) {
    Set<Long> taken = new HashSet<>(taste.excluded());
    FeedSection lookalikes =
        section(
            "based-on-favorites",
            "Based on your favorites",
            "Similar to what you favorited and viewed recently",
            () -> lookalikes(userId, taste),
            taken);
    List<FeedSection> categories = new ArrayList<>();
    for (Preferences.CategoryTaste category : taste.categories()) {
      // Centred on what the shopper paid for and liked in this category, not across all of them.
      BigDecimal price =
          category.averagePrice() != null ? category.averagePrice() : taste.averagePrice();
      String near =
          price == null
              ? ""
              : " around $" + price.setScale(0, RoundingMode.HALF_UP).toPlainString();
      categories.add(
          section(
              "more-in-" + category.slug(),
              "More in " + category.name(),
              "Because you like " + category.name() + near,
              () ->
                  similarListings.inCategory(
                      category.slug(), price, taste.tags(), taken, sectionSize * CANDIDATE_FACTOR),
              taken));
    }
    List<FeedSection> ordered = new ArrayList<>();
    if (variant == Variant.A) {
      ordered.add(lookalikes);
      ordered.addAll(categories);
    } else {
      ordered.addAll(categories);
      ordered.add(lookalikes);
    }
    ordered.add(trending("trending", taken));
    return ordered.stream().filter(section -> !section.products().isEmpty()).toList();
  }

  /**
   * Look-alike candidates, the feed's most expensive query, cached in Redis per shopper and
   * history: the key holds a digest of the seeds, tags and exclusions, so a new favorite or view
   * asks again.
   */
  private List<Long> lookalikes(long userId, Preferences taste) {
    String key =
        "lookalikes:"
            + userId
            + ":"
            + Sha256.hex(
                taste.liked() + "|" + taste.tags() + "|" + new TreeSet<>(taste.excluded()));
    return cache
        .ids(key)
        .orElseGet(
            () -> {
              List<Long> ids =
                  similarListings.like(
                      taste.liked(),
                      taste.tags(),
                      taste.excluded(),
                      null,
                      sectionSize * CANDIDATE_FACTOR);
              cache.put(key, ids, Duration.ofSeconds(lookalikesCacheSeconds));
              return ids;
            });
  }

  /**
   * "Trending now" (key {@code trending}) or, for a shopper without history, "Popular right now".
   */
  private FeedSection trending(String key, Set<Long> taken) {
    boolean popular = key.equals("popular");
    return section(
        key,
        popular ? "Popular right now" : "Trending now",
        popular
            ? "What shoppers are viewing, favoriting and buying; favorite a few items for picks of your own"
            : "What shoppers are viewing, favoriting and buying these days",
        () -> trending.ids(),
        taken);
  }

  /**
   * A section of the candidates' first {@code sectionSize} listings still in stock and not yet
   * taken; they are added to {@code taken}. Without Elasticsearch the section is empty.
   */
  private FeedSection section(
      String key, String title, String reason, Supplier<List<Long>> candidates, Set<Long> taken) {
    List<Long> ids;
    try {
      ids =
          candidates.get().stream()
              .filter(id -> !taken.contains(id))
              .limit((long) sectionSize * CANDIDATE_FACTOR)
              .toList();
    } catch (MarketplaceException e) {
      LOG.fine(() -> "Feed section " + key + " left out: " + e.getMessage());
      ids = List.of();
    }
    List<ProductCard> products = cards.inStock(ids).stream().limit(sectionSize).toList();
    products.forEach(card -> taken.add(card.id()));
    return new FeedSection(key, title, reason, products);
  }
}
