package org.handmademarket.catalog.listing;

/**
 * Where a listing is in its life. A seller publishes a draft and deactivates a published listing;
 * inventory moves a published listing between {@code ACTIVE} and {@code SOLD_OUT} as stock runs out
 * or comes back. Shoppers see published listings only.
 */
public enum ListingStatus {
  DRAFT,
  ACTIVE,
  SOLD_OUT,
  INACTIVE;

  /** Whether shoppers can see the listing (a sold-out one stays visible, marked sold out). */
  public boolean isPublished() {
    return this == ACTIVE || this == SOLD_OUT;
  }
}
