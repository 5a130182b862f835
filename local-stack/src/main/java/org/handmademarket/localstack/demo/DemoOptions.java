package org.handmademarket.localstack.demo;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * What to load and where: the command line of {@link DemoCatalogue#main}, or the local stack's
 * choice.
 *
 * @param shops how many shops share the listings; at least one (the demo seller's)
 * @param imagesDir the root of the image store ({@code storage.dir}); photos go under {@code demo/}
 * @param photoVariants photos per category ({@link #DEFAULT_PHOTO_VARIANTS}; tests use a few)
 */
public record DemoOptions(
    String jdbcUrl,
    String user,
    String password,
    int listings,
    int shops,
    long seed,
    Path imagesDir,
    int photoVariants) {

  public static final int DEFAULT_LISTINGS = 25_000;
  public static final long DEFAULT_SEED = 20_261_101L;
  public static final int DEFAULT_PHOTO_VARIANTS = 24;

  /** ListingPlan packs positions into 24 bits. */
  static final int MAX_LISTINGS = 10_000_000;

  public DemoOptions {
    if (listings < 0 || listings > MAX_LISTINGS) {
      throw new IllegalArgumentException("--listings must be between 0 and " + MAX_LISTINGS);
    }
    if (shops < 1) {
      throw new IllegalArgumentException("--shops must be at least 1");
    }
    if (photoVariants < 1 || photoVariants > 99) {
      throw new IllegalArgumentException(
          "photo variants must be between 1 and 99 (two-digit keys)");
    }
  }

  /**
   * The default number of shops for a number of listings: about fifty listings a shop, at least
   * 500.
   */
  public static int defaultShops(int listings) {
    return Math.max(500, listings / 50);
  }

  /** The local stack's catalogue: default seed, {@code listings} listings, shops to match. */
  public static DemoOptions forLocalStack(
      String jdbcUrl, String user, String password, int listings, Path imagesDir) {
    return new DemoOptions(
        jdbcUrl,
        user,
        password,
        listings,
        defaultShops(listings),
        DEFAULT_SEED,
        imagesDir,
        DEFAULT_PHOTO_VARIANTS);
  }

  private static final Set<String> FLAGS =
      Set.of(
          "--jdbc-url", "--user", "--password", "--listings", "--shops", "--seed", "--images-dir");

  static final String USAGE =
      """
      Usage: DemoCatalogue --jdbc-url URL [--user postgres] [--password ""] [--listings 25000]
                           [--shops max(500, listings/50)] [--seed 20261101] [--images-dir .local-stack/storage]
      Loads the demo catalogue into a database that has the marketplace schema and no shops yet.\
      """;

  static DemoOptions parse(String[] args) {
    Map<String, String> values = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      String flag = args[i];
      if (!flag.startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException("Unexpected argument: " + flag);
      }
      values.put(flag, args[++i]);
    }
    for (String flag : values.keySet()) {
      if (!FLAGS.contains(flag)) {
        throw new IllegalArgumentException("Unknown option: " + flag);
      }
    }
    String url = values.get("--jdbc-url");
    if (url == null) {
      throw new IllegalArgumentException("Missing --jdbc-url");
    }
    int listings = number(values, "--listings", DEFAULT_LISTINGS);
    return new DemoOptions(
        url,
        values.getOrDefault("--user", "postgres"),
        values.getOrDefault("--password", ""),
        listings,
        number(values, "--shops", defaultShops(listings)),
        values.containsKey("--seed") ? Long.parseLong(values.get("--seed")) : DEFAULT_SEED,
        Path.of(values.getOrDefault("--images-dir", ".local-stack/storage")),
        DEFAULT_PHOTO_VARIANTS);
  }

  private static int number(Map<String, String> values, String flag, int fallback) {
    String value = values.get(flag);
    if (value == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.replace("_", "").replace(",", ""));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(flag + " must be a whole number, not '" + value + "'");
    }
  }
}
