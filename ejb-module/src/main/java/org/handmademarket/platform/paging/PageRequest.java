package org.handmademarket.platform.paging;

/**
 * Which page to serve, counting from 1.
 *
 * @param page 1-based page number
 * @param pageSize items per page
 */
public record PageRequest(int page, int pageSize) {

  public static final int DEFAULT_SIZE = 24;
  public static final int MAX_SIZE = 100;

  public PageRequest {
    if (page < 1) {
      throw new IllegalArgumentException("page must be at least 1");
    }
    if (pageSize < 1 || pageSize > MAX_SIZE) {
      throw new IllegalArgumentException("pageSize must be between 1 and " + MAX_SIZE);
    }
  }

  /**
   * The page asked for, with the defaults (first page, {@value #DEFAULT_SIZE} items) for what is
   * absent.
   */
  public static PageRequest of(Integer page, Integer pageSize) {
    return new PageRequest(page == null ? 1 : page, pageSize == null ? DEFAULT_SIZE : pageSize);
  }

  public int offset() {
    return (page - 1) * pageSize;
  }
}
