package org.handmademarket.catalog.listing;

import java.util.Arrays;
import java.util.Optional;

/** The orders a list of listings can be read in; ties fall back to the newest first. */
public enum ListingSort {
  NEWEST("newest", "p.createdAt DESC, p.id DESC"),
  PRICE_ASC("price_asc", "p.price ASC, p.createdAt DESC, p.id DESC"),
  PRICE_DESC("price_desc", "p.price DESC, p.createdAt DESC, p.id DESC");

  private final String parameter;
  private final String orderBy;

  ListingSort(String parameter, String orderBy) {
    this.parameter = parameter;
    this.orderBy = orderBy;
  }

  public static Optional<ListingSort> ofParameter(String name) {
    return Arrays.stream(values()).filter(sort -> sort.parameter.equals(name)).findFirst();
  }

  /** The JPQL ORDER BY clause, for a query whose listing is {@code p}. */
  public String orderBy() {
    return orderBy;
  }
}
