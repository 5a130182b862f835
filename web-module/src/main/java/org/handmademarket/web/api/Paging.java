package org.handmademarket.web.api;

import org.handmademarket.platform.errors.InvalidField;
import org.handmademarket.platform.paging.PageRequest;

/**
 * Reads {@code page} and {@code pageSize} query parameters. Checked here rather than with Bean
 * Validation annotations on the parameters: Payara 6.2025's OpenAPI generator fails on those
 * (Payara issue 7649), and {@code /openapi} must keep working.
 */
public final class Paging {

  private static final int MAX_PAGE = 10_000;

  private Paging() {}

  public static PageRequest of(Integer page, Integer pageSize) {
    if (page != null && (page < 1 || page > MAX_PAGE)) {
      throw InvalidField.of("page", "must be between 1 and " + MAX_PAGE);
    }
    if (pageSize != null && (pageSize < 1 || pageSize > PageRequest.MAX_SIZE)) {
      throw InvalidField.of("pageSize", "must be between 1 and " + PageRequest.MAX_SIZE);
    }
    return PageRequest.of(page, pageSize);
  }
}
