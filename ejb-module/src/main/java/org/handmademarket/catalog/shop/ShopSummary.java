package org.handmademarket.catalog.shop;

import java.math.BigDecimal;

/** A shop as a listing's page shows it beside the item. */
public record ShopSummary(
    long id,
    String slug,
    String name,
    String logoUrl,
    String location,
    BigDecimal rating,
    int ratingCount,
    int salesCount,
    String shippingPolicy) {}
