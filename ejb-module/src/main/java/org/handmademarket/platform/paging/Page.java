package org.handmademarket.platform.paging;

import java.util.List;

/** One page of a longer list, with the totals of the whole list. */
public record Page<T>(List<T> items, long total, int page, int pageSize, int totalPages) {

  public static <T> Page<T> of(List<T> items, long total, PageRequest request) {
    int totalPages = (int) ((total + request.pageSize() - 1) / request.pageSize());
    return new Page<>(List.copyOf(items), total, request.page(), request.pageSize(), totalPages);
  }
}
