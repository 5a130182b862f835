package org.handmademarket.search.query;

import java.util.Arrays;
import java.util.Optional;

/** The orders a shopper can ask for; {@link #RELEVANCE} when the request names none. */
public enum SearchSort {
  RELEVANCE("relevance"),
  NEWEST("newest"),
  PRICE_ASC("price_asc"),
  PRICE_DESC("price_desc"),
  /** Best rated first, by the Bayesian rating, so that many good reviews beat one perfect one. */
  RATING("rating");

  private final String parameter;

  SearchSort(String parameter) {
    this.parameter = parameter;
  }

  /** The value of the {@code sort} request parameter. */
  public String parameter() {
    return parameter;
  }

  static Optional<SearchSort> fromParameter(String value) {
    return Arrays.stream(values()).filter(sort -> sort.parameter.equals(value)).findFirst();
  }
}
