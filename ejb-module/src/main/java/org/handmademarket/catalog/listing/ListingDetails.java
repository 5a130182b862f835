package org.handmademarket.catalog.listing;

import java.util.List;

/**
 * What a seller writes about an item. The API checks each field; {@link Product} normalises tags
 * and materials (trimmed, lower-case, without duplicates).
 */
public record ListingDetails(
    String title,
    String description,
    long categoryId,
    List<String> tags,
    List<String> materials,
    boolean vintage,
    boolean handmade) {

  public ListingDetails {
    tags = tags == null ? List.of() : List.copyOf(tags);
    materials = materials == null ? List.of() : List.copyOf(materials);
  }
}
