package org.handmademarket.catalog.shop;

/**
 * What a seller writes about the shop: its name and the texts shoppers read. Checked by the caller
 * (the API validates field by field); {@link Shop} refuses what breaks its invariants.
 */
public record ShopProfile(
    String name, String tagline, String description, String location, String shippingPolicy) {}
