package org.handmademarket.catalog.shop;

import jakarta.annotation.Nullable;
import java.math.BigDecimal;

/** A shop as a listing's page shows it beside the item. */
public record ShopSummary(
    long id,
    String slug,
    String name,
    @Nullable String logoUrl,
    @Nullable String location,
    @Nullable BigDecimal rating,
    int ratingCount,
    int salesCount,
    @Nullable String shippingPolicy) {}
