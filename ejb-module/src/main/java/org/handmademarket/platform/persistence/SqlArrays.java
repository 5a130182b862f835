package org.handmademarket.platform.persistence;

import java.util.Collection;
import java.util.stream.Collectors;

/** Values for native queries that take a PostgreSQL array as one parameter. */
public final class SqlArrays {

  private SqlArrays() {}

  /**
   * A {@code bigint[]} literal such as {@code {1,2,3}}, bound as text and cast in the query ({@code
   * = ANY(CAST(?1 AS bigint[]))}): one parameter for any number of ids.
   */
  public static String bigints(Collection<Long> ids) {
    return ids.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
  }
}
