package org.handmademarket.catalog.shop;

/** Whether a shop trades. A suspended shop and its listings disappear from the storefront. */
public enum ShopStatus {
  ACTIVE,
  SUSPENDED
}
