package org.handmademarket.localstack.demo;

import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

/**
 * Generates a whole demo catalogue from a seed and hands it to a {@link CatalogueSink}: accounts,
 * shops, listings in batches, then the shoppers' activity. Nothing depends on the clock: all times
 * are spread back from the fixed {@link #BASE} instant, so one seed always yields the same rows.
 *
 * <p>Listings are generated a batch ahead, in parallel, while the sink writes the previous batch:
 * on a two-core machine generating text and PostgreSQL parsing it then overlap instead of taking
 * turns.
 */
final class CatalogueGenerator {

  /** "Now" as far as the demo data is concerned. */
  static final Instant BASE = Instant.parse("2026-11-01T12:00:00Z");

  private final long seed;
  private final int shopCount;
  private final int listingCount;
  private final IdBase ids;
  private final Map<String, String> passwordHashes;
  private final int photoVariants;

  /** About twenty batches: fine-grained progress, few enough COPY round trips to stay cheap. */
  private final int batchSize;

  CatalogueGenerator(
      long seed,
      int shopCount,
      int listingCount,
      IdBase ids,
      Map<String, String> passwordHashes,
      int photoVariants) {
    if (shopCount < 1) {
      throw new IllegalArgumentException("A catalogue needs at least one shop");
    }
    this.seed = seed;
    this.shopCount = shopCount;
    this.listingCount = listingCount;
    this.ids = ids;
    this.passwordHashes = passwordHashes;
    this.photoVariants = photoVariants;
    this.batchSize = Math.max(500, Math.min(5_000, listingCount / 20));
  }

  void generate(CatalogueSink sink) throws SQLException {
    List<DemoShop> shops = new ShopGenerator(seed, BASE, ids).generate(shopCount, listingCount);
    sink.users(DemoAccounts.users(ids, shops, passwordHashes, BASE));
    sink.shops(shops);

    ListingPlan plan = ListingPlan.of(seed, BASE, shops);
    ListingGenerator generator = new ListingGenerator(seed, BASE, photoVariants);
    long[] active = new long[plan.size()];
    long[] activeCategories = new long[plan.size()];
    int activeCount = 0;
    CompletableFuture<List<DemoListing>> next = batchAsync(plan, generator, shops, 0);
    for (int from = 0; from < plan.size(); from += batchSize) {
      List<DemoListing> batch = next.join();
      int following = from + batchSize;
      next = following < plan.size() ? batchAsync(plan, generator, shops, following) : null;
      for (DemoListing listing : batch) {
        if (listing.status() == ListingStatus.ACTIVE) {
          activeCategories[activeCount] = listing.categoryId();
          active[activeCount++] = listing.id();
        }
      }
      sink.listings(batch);
    }

    sink.activity(
        ShopperActivity.generate(
            seed,
            BASE,
            DemoAccounts.shopperIds(ids),
            Arrays.copyOf(active, activeCount),
            Arrays.copyOf(activeCategories, activeCount),
            shops));
  }

  private CompletableFuture<List<DemoListing>> batchAsync(
      ListingPlan plan, ListingGenerator generator, List<DemoShop> shops, int from) {
    int to = Math.min(plan.size(), from + batchSize);
    return CompletableFuture.supplyAsync(
        () ->
            IntStream.range(from, to)
                .parallel()
                .mapToObj(position -> listing(plan, generator, shops, position))
                .toList());
  }

  private DemoListing listing(
      ListingPlan plan, ListingGenerator generator, List<DemoShop> shops, int position) {
    int shopOrdinal = plan.shop(position);
    ListingStatus forced = null;
    boolean oneOfAKind = false;
    if (shopOrdinal == 0) {
      // The demo seller's shop shows a bit of everything a seller deals with: its first listing is
      // a
      // one-of-a-kind piece, one is a draft, one has sold out, the rest are for sale.
      int ordinal = plan.ordinalInShop(position);
      forced =
          ordinal == 10
              ? ListingStatus.DRAFT
              : ordinal == 11 ? ListingStatus.SOLD_OUT : ListingStatus.ACTIVE;
      oneOfAKind = ordinal == 0;
    }
    return generator.generate(
        ids.products() + position + 1,
        shops.get(shopOrdinal),
        plan.kind(position),
        plan.createdAt(position),
        forced,
        oneOfAKind);
  }
}
