package org.handmademarket.catalog.seller;

import java.util.Locale;
import java.util.Map;
import org.handmademarket.catalog.listing.ListingStatus;
import org.handmademarket.platform.errors.InvalidField;

/**
 * How a seller filters and sorts their listings.
 *
 * @param title part of the title, any case; empty for all
 * @param status one status, or null for all
 * @param sort {@code title}, {@code price}, {@code quantity}, {@code status} or {@code createdAt}
 *     (the default when null)
 */
public record ListingFilter(String title, ListingStatus status, String sort, boolean descending) {

  private static final Map<String, String> COLUMNS =
      Map.of(
          "title", "title",
          "price", "price",
          "quantity", "quantity",
          "status", "status",
          "createdAt", "createdAt");

  public ListingFilter {
    if (sort != null && !COLUMNS.containsKey(sort)) {
      throw InvalidField.of("sort", "must be one of " + COLUMNS.keySet());
    }
  }

  boolean hasTitle() {
    return title != null && !title.isBlank();
  }

  /** A LIKE pattern matching the title anywhere; wildcards the caller typed are dropped. */
  String titlePattern() {
    return "%" + title.strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
  }

  String sortColumn() {
    return COLUMNS.get(sort == null ? "createdAt" : sort);
  }
}
