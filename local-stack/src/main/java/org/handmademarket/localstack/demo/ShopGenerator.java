package org.handmademarket.localstack.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Generates the shops: names, slugs, copy, locations and policies, and the long tail real
 * marketplaces have (a few shops with hundreds of listings and thousands of sales, many with a
 * handful).
 *
 * <p>Shop 1 is the demo seller's: a fixed, mid-sized shop with a handful of listings, so that the
 * demo seller always signs in to the same shop whatever the size of the catalogue.
 */
final class ShopGenerator {

  /** Listings of the demo seller's shop. */
  static final int DEMO_SHOP_LISTINGS = 12;

  /** No shop holds more than this share of all listings, however the dice fall. */
  private static final double LARGEST_SHOP_SHARE = 0.03;

  /**
   * Share of a vintage dealer's listings that are vintage; the rest are upcycled or restored
   * pieces.
   */
  static final double DEALER_VINTAGE_SHARE = 0.97;

  /** Makers now and then list a vintage find: this share of their category's vintage share. */
  static final double MAKER_VINTAGE_FACTOR = 0.1;

  private final long seed;
  private final Instant base;
  private final IdBase ids;

  ShopGenerator(long seed, Instant base, IdBase ids) {
    this.seed = seed;
    this.base = base;
    this.ids = ids;
  }

  /** {@code shopCount} shops (at least one) sharing {@code listingCount} listings between them. */
  List<DemoShop> generate(int shopCount, int listingCount) {
    int[] listings = listingCounts(shopCount, listingCount);
    CategoryVocabulary[] main = new CategoryVocabulary[shopCount];
    CategoryVocabulary[] side = new CategoryVocabulary[shopCount];
    for (int i = 1; i < shopCount; i++) {
      Dice dice = Dice.of(seed, "shop-category", i);
      main[i] = pickCategory(dice);
      side[i] = dice.chance(0.6) ? pickCategory(dice) : main[i];
    }
    main[0] = CategoryVocabularies.byId(10);
    side[0] = CategoryVocabularies.byId(5);
    boolean[] dealers = chooseVintageDealers(listings, main);
    double[] sizeRank = sizeRanks(listings);

    List<DemoShop> shops = new ArrayList<>(shopCount);
    shops.add(demoShop(listings[0]));
    Set<String> slugs = new HashSet<>();
    slugs.add(shops.get(0).slug());
    for (int i = 1; i < shopCount; i++) {
      shops.add(shop(i, main[i], side[i], dealers[i], listings[i], sizeRank[i], slugs));
    }
    return shops;
  }

  /** The user id of the owner of the shop with this 0-based ordinal. */
  long ownerId(int ordinal) {
    return ordinal == 0
        ? DemoAccounts.sellerId(ids)
        : ids.users() + DemoAccounts.FIXED_ACCOUNTS + ordinal;
  }

  /**
   * Splits the listings over the shops by log-normal weights: most shops get a handful, a few get
   * hundreds. The demo shop takes its fixed number first; every other shop gets at least one if
   * there are enough listings to go round.
   */
  private int[] listingCounts(int shopCount, int listingCount) {
    int[] counts = new int[shopCount];
    counts[0] = Math.min(DEMO_SHOP_LISTINGS, listingCount);
    int others = shopCount - 1;
    int remaining = listingCount - counts[0];
    if (others == 0) {
      counts[0] = listingCount;
      return counts;
    }
    if (remaining <= others) {
      for (int i = 1; i <= remaining; i++) {
        counts[i] = 1;
      }
      return counts;
    }
    Dice dice = Dice.of(seed, "shop-sizes", 0);
    double[] weights = new double[shopCount];
    double total = 0;
    for (int i = 1; i < shopCount; i++) {
      weights[i] = dice.logNormal(1.0, 1.5);
      total += weights[i];
    }
    int spread = remaining - others;
    double cap = LARGEST_SHOP_SHARE * listingCount;
    int assigned = 0;
    for (int i = 1; i < shopCount; i++) {
      counts[i] = 1 + (int) Math.min(cap, Math.floor(spread * weights[i] / total));
      assigned += counts[i];
    }
    // Whatever rounding and the cap left over goes to the shops in turn, largest weight first.
    Integer[] byWeight = IntStream.range(1, shopCount).boxed().toArray(Integer[]::new);
    Arrays.sort(byWeight, Comparator.comparingDouble((Integer i) -> weights[i]).reversed());
    for (int k = 0; assigned < remaining; k = (k + 1) % byWeight.length) {
      counts[byWeight[k]]++;
      assigned++;
    }
    return counts;
  }

  private static CategoryVocabulary pickCategory(Dice dice) {
    List<CategoryVocabulary> all = CategoryVocabularies.ALL;
    int[] weights = all.stream().mapToInt(CategoryVocabulary::weight).toArray();
    return all.get(dice.weighted(weights));
  }

  /**
   * Decides which shops are vintage dealers so that each category's vintage share comes out close
   * to its target even when a few large shops dominate it: shops are considered largest first, and
   * each becomes a dealer if that brings its category's expected share nearer the target.
   */
  private static boolean[] chooseVintageDealers(int[] listings, CategoryVocabulary[] main) {
    boolean[] dealers = new boolean[listings.length];
    double[] total = new double[CategoryVocabularies.ALL.size()];
    double[] vintage = new double[total.length];
    Integer[] largestFirst = IntStream.range(1, listings.length).boxed().toArray(Integer[]::new);
    Arrays.sort(largestFirst, Comparator.comparingInt((Integer i) -> listings[i]).reversed());
    for (int i : largestFirst) {
      int c = CategoryVocabularies.ALL.indexOf(main[i]);
      double target = main[i].vintageShare();
      double n = Math.max(1, listings[i]);
      double asDealer = vintage[c] + n * DEALER_VINTAGE_SHARE;
      double asMaker = vintage[c] + n * target * MAKER_VINTAGE_FACTOR;
      double goal = target * (total[c] + n);
      dealers[i] = target > 0 && Math.abs(asDealer - goal) < Math.abs(asMaker - goal);
      vintage[c] = dealers[i] ? asDealer : asMaker;
      total[c] += n;
    }
    return dealers;
  }

  /** Each shop's place in the size order, 0 for the smallest and 1 for the largest. */
  private static double[] sizeRanks(int[] listings) {
    Integer[] order = IntStream.range(0, listings.length).boxed().toArray(Integer[]::new);
    Arrays.sort(order, Comparator.comparingInt((Integer i) -> listings[i]));
    double[] ranks = new double[listings.length];
    for (int r = 0; r < order.length; r++) {
      ranks[order[r]] = order.length == 1 ? 1 : (double) r / (order.length - 1);
    }
    return ranks;
  }

  private DemoShop demoShop(int listingCount) {
    CategoryVocabulary candles = CategoryVocabularies.byId(10);
    return new DemoShop(
        ids.shops() + 1,
        ownerId(0),
        DemoAccounts.SELLER_NAME,
        "Willow & Wick",
        "willow-and-wick",
        "Hand-poured candles and small-batch stoneware from Asheville",
        "Hi, I'm Sage! Willow & Wick began in 2021 at my kitchen table in Asheville, with a pot of"
            + " soy wax and too many jars. Today I pour candles and throw the stoneware they live"
            + " in, in a small studio by the French Broad River.\n\n"
            + "Everything is made by me in small batches, so colours and glazes vary a little from"
            + " piece to piece. Custom scents and wedding favours are welcome: send me a message.",
        "Asheville",
        "United States",
        "Orders ship within 2-3 business days from Asheville, tracked, in recycled packaging. Free"
            + " shipping on orders over $50 within the United States. Returns accepted within 30"
            + " days for unused items; custom orders are final sale.",
        new BigDecimal("4.87"),
        96,
        312,
        410,
        base.minus(Duration.ofDays(900)),
        candles,
        CategoryVocabularies.byId(5),
        false,
        listingCount);
  }

  private DemoShop shop(
      int ordinal,
      CategoryVocabulary main,
      CategoryVocabulary side,
      boolean dealer,
      int listingCount,
      double sizeRank,
      Set<String> slugs) {
    Dice dice = Dice.of(seed, "shop", ordinal);
    Words.Place place = dice.pick(Words.PLACES);
    String first = dice.pick(Words.FIRST_NAMES);
    String last = dice.pick(Words.LAST_NAMES);
    String name = uniqueName(dice, main, dealer, first, last, place, slugs);
    // Larger shops have tended to be around longer.
    long ageDays = 30 + Math.round(2150 * (0.6 * sizeRank + 0.4 * dice.unit()));
    Instant created = base.minus(Duration.ofDays(ageDays)).minusSeconds(dice.between(0, 86_399));
    int year =
        created.atZone(java.time.ZoneOffset.UTC).getYear() - (dealer ? dice.between(0, 15) : 0);
    int sales =
        (int)
            Math.max(
                1,
                Math.round(
                    Math.max(1, listingCount) * dice.logNormal(4.0, 0.9) * (0.5 + sizeRank)));
    int ratingCount = (int) Math.max(1, Math.round(sales * (0.15 + 0.3 * dice.unit())));
    return new DemoShop(
        ids.shops() + ordinal + 1,
        ownerId(ordinal),
        first + " " + last,
        name,
        Slugs.of(name),
        ShopCopy.tagline(dice, main, dealer, place),
        ShopCopy.description(dice, main, dealer, name, first, place, year),
        place.city(),
        place.country(),
        ShopCopy.shippingPolicy(dice, main, dealer, place),
        rating(dice, ratingCount),
        ratingCount,
        sales,
        (int) Math.round(sales * (0.3 + 1.7 * dice.unit())),
        created,
        main,
        side,
        dealer,
        listingCount);
  }

  /**
   * Ratings between 3.2 and 5.0, skewed high as marketplace ratings are; few reviews are often all
   * fives.
   */
  private static BigDecimal rating(Dice dice, int ratingCount) {
    double value;
    if (ratingCount <= 3 && dice.chance(0.6)) {
      value = 5.0;
    } else {
      value = 5.0 - 1.8 * Math.pow(dice.unit(), 2.6);
    }
    return BigDecimal.valueOf(Math.max(3.2, Math.min(5.0, value)))
        .setScale(2, RoundingMode.HALF_UP);
  }

  private static String uniqueName(
      Dice dice,
      CategoryVocabulary category,
      boolean dealer,
      String first,
      String last,
      Words.Place place,
      Set<String> slugs) {
    String name = null;
    for (int attempt = 0; attempt < 12; attempt++) {
      name = ShopCopy.name(dice, category, dealer, first, last, place);
      if (slugs.add(Slugs.of(name))) {
        return name;
      }
    }
    // Word lists are finite: a large catalogue eventually repeats a name, as real marketplaces do,
    // and the slug tells the shops apart.
    String located = name + " " + place.city();
    for (int n = 2; !slugs.add(Slugs.of(located)); n++) {
      located = name + " " + place.city() + " " + n;
    }
    return located;
  }
}
