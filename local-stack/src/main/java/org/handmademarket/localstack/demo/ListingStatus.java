package org.handmademarket.localstack.demo;

/** The values of {@code products.status}. */
enum ListingStatus {
  DRAFT,
  ACTIVE,
  SOLD_OUT,
  INACTIVE
}
