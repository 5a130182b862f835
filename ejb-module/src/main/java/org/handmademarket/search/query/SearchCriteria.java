package org.handmademarket.search.query;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.handmademarket.platform.crypto.Sha256;
import org.handmademarket.platform.errors.MarketplaceException;
import org.handmademarket.platform.errors.ProblemType;

/**
 * A validated, normalised search: what {@code GET /api/search} asked for, in the form the query
 * builder and the result cache use. Two requests that mean the same search (different case or
 * spacing in {@code q}, {@code 10} and {@code 10.00} as a price) become equal criteria with the
 * same {@link #cacheKey()}.
 *
 * @param q the words searched for, lower-case and single-spaced; empty to browse
 * @param category a category slug; a top-level category includes its sub-categories
 * @param isVintage {@code null} for any
 * @param minRating listings whose reviews average at least this many stars (1 to 5); {@code null}
 *     for any, including listings without reviews
 * @param page 1-based
 */
public record SearchCriteria(
    String q,
    String category,
    BigDecimal minPrice,
    BigDecimal maxPrice,
    Boolean isVintage,
    Integer minRating,
    int page,
    int pageSize,
    SearchSort sort) {

  public static final int MAX_QUERY_LENGTH = 200;
  public static final int MAX_PAGE = 100;
  public static final int MAX_PAGE_SIZE = 60;
  public static final int DEFAULT_PAGE_SIZE = 24;

  /** Prices are numeric(12,2) in PostgreSQL; no listing costs more than this. */
  static final BigDecimal MAX_PRICE = new BigDecimal("9999999999.99");

  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final int MAX_SLUG_LENGTH = 60;
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

  /**
   * Validates the raw request parameters (any of which may be {@code null}) and normalises them.
   *
   * @throws MarketplaceException {@link ProblemType#VALIDATION} with one {@code errors} entry per
   *     bad parameter, named as the request named it
   */
  public static SearchCriteria parse(
      String q,
      String category,
      String minPrice,
      String maxPrice,
      String isVintage,
      String page,
      String pageSize,
      String sort) {
    return parse(q, category, minPrice, maxPrice, isVintage, null, page, pageSize, sort);
  }

  /**
   * As {@link #parse(String, String, String, String, String, String, String, String)}, and a
   * minimum rating.
   */
  public static SearchCriteria parse(
      String q,
      String category,
      String minPrice,
      String maxPrice,
      String isVintage,
      String minRating,
      String page,
      String pageSize,
      String sort) {
    Errors errors = new Errors();
    String words = normaliseQuery(q);
    if (words.length() > MAX_QUERY_LENGTH) {
      errors.add("q", "must be at most " + MAX_QUERY_LENGTH + " characters");
    }
    String slug = blankToNull(category);
    if (slug != null) {
      slug = slug.toLowerCase(Locale.ROOT);
      if (slug.length() > MAX_SLUG_LENGTH || !SLUG.matcher(slug).matches()) {
        errors.add("category", "must be a category slug such as 'jewelry' or 'home-decor'");
      }
    }
    BigDecimal min = price(minPrice, "minPrice", errors);
    BigDecimal max = price(maxPrice, "maxPrice", errors);
    if (min != null && max != null && min.compareTo(max) > 0) {
      errors.add("minPrice", "must not be greater than maxPrice");
    }
    Boolean vintage = flag(isVintage, "isVintage", errors);
    Integer stars =
        blankToNull(minRating) == null ? null : whole(minRating, "minRating", 0, 1, 5, errors);
    int pageNumber = whole(page, "page", 1, 1, MAX_PAGE, errors);
    int size = whole(pageSize, "pageSize", DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE, errors);
    SearchSort order = SearchSort.RELEVANCE;
    String sortValue = blankToNull(sort);
    if (sortValue != null) {
      order = SearchSort.fromParameter(sortValue.toLowerCase(Locale.ROOT)).orElse(null);
      if (order == null) {
        errors.add("sort", "must be one of relevance, newest, price_asc, price_desc, rating");
      }
    }
    errors.throwIfAny();
    return new SearchCriteria(words, slug, min, max, vintage, stars, pageNumber, size, order);
  }

  /** Whether this is browsing (no words), ranked by shop reputation alone. */
  public boolean browsing() {
    return q.isEmpty();
  }

  /** The offset of the page's first result. */
  public int from() {
    return (page - 1) * pageSize;
  }

  /**
   * The number of pages a client can actually reach: the result count divided by the page size,
   * capped at what {@link #MAX_PAGE} allows.
   */
  public int totalPages(long total) {
    long pages = (total + pageSize - 1) / pageSize;
    return (int) Math.min(pages, MAX_PAGE);
  }

  /** A short key that is equal exactly for equal criteria. */
  public String cacheKey() {
    String canonical =
        String.join(
            "\n",
            "q=" + q,
            "category=" + (category == null ? "" : category),
            "minPrice=" + (minPrice == null ? "" : minPrice.toPlainString()),
            "maxPrice=" + (maxPrice == null ? "" : maxPrice.toPlainString()),
            "isVintage=" + (isVintage == null ? "" : isVintage),
            "minRating=" + (minRating == null ? "" : minRating),
            "page=" + page,
            "pageSize=" + pageSize,
            "sort=" + sort.parameter());
    // 128 bits of SHA-256: collisions are out of reach, and keys stay short.
    return HexFormat.of()
        .formatHex(Sha256.digest(canonical.getBytes(StandardCharsets.UTF_8)), 0, 16);
  }

  /**
   * Composed accents (NFC) so that "café" typed either way folds to "cafe"; control characters
   * removed; case and spacing do not change what the analyser sees.
   */
  private static String normaliseQuery(String q) {
    if (q == null) {
      return "";
    }
    String text = Normalizer.normalize(q, Normalizer.Form.NFC);
    text = CONTROL.matcher(text).replaceAll(" ");
    return WHITESPACE.matcher(text.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
  }

  private static BigDecimal price(String value, String field, Errors errors) {
    String text = blankToNull(value);
    if (text == null) {
      return null;
    }
    try {
      BigDecimal price = new BigDecimal(text);
      if (price.signum() < 0 || price.compareTo(MAX_PRICE) > 0) {
        errors.add(field, "must be between 0 and " + MAX_PRICE.toPlainString());
        return null;
      }
      // 10, 10.0 and 1E+1 are the same price and must share a cache entry.
      return price.signum() == 0 ? BigDecimal.ZERO : price.stripTrailingZeros();
    } catch (NumberFormatException e) {
      errors.add(field, "must be a number, such as 25 or 19.99");
      return null;
    }
  }

  private static Boolean flag(String value, String field, Errors errors) {
    String text = blankToNull(value);
    if (text == null) {
      return null;
    }
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "true" -> Boolean.TRUE;
      case "false" -> Boolean.FALSE;
      default -> {
        errors.add(field, "must be true or false");
        yield null;
      }
    };
  }

  private static int whole(
      String value, String field, int fallback, int min, int max, Errors errors) {
    String text = blankToNull(value);
    if (text == null) {
      return fallback;
    }
    try {
      int number = Integer.parseInt(text);
      if (number < min || number > max) {
        errors.add(field, "must be between " + min + " and " + max);
        return fallback;
      }
      return number;
    } catch (NumberFormatException e) {
      errors.add(field, "must be a whole number between " + min + " and " + max);
      return fallback;
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** Collects every bad parameter, so that a client learns about all of them at once. */
  private static final class Errors {
    private final List<Map<String, String>> entries = new ArrayList<>();

    void add(String field, String message) {
      Map<String, String> entry = new LinkedHashMap<>();
      entry.put("field", field);
      entry.put("message", message);
      entries.add(entry);
    }

    void throwIfAny() {
      if (!entries.isEmpty()) {
        throw new MarketplaceException(
            ProblemType.VALIDATION,
            "Some search parameters are not valid: see errors.",
            Map.of("errors", List.copyOf(entries)));
      }
    }
  }
}
