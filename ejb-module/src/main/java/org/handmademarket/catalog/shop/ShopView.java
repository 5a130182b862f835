package org.handmademarket.catalog.shop;

import jakarta.annotation.Nullable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.handmademarket.shipping.ShippingSettings;

/**
 * A shop's page: branding, policies and the numbers shoppers judge it by. {@code listingCount}
 * counts the listings shoppers can see (active and sold out). {@code status} matters to the seller
 * only: the public never sees a suspended shop. {@code shipping} is the shop's shipping profile
 * (its rates, free-shipping threshold and processing time), the standard one if it set none.
 */
public record ShopView(
    long id,
    String slug,
    String name,
    @Nullable String tagline,
    @Nullable String description,
    @Nullable String logoUrl,
    @Nullable String bannerUrl,
    @Nullable String location,
    @Nullable String shippingPolicy,
    @Nullable BigDecimal rating,
    int ratingCount,
    int salesCount,
    int favoriteCount,
    long listingCount,
    String status,
    @Nullable OffsetDateTime openedAt,
    @Nullable ShippingSettings shipping) {}
