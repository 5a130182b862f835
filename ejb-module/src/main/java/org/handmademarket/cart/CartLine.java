package org.handmademarket.cart;

import jakarta.annotation.Nullable;
import jakarta.json.bind.annotation.JsonbNillable;
import java.math.BigDecimal;

/**
 * One listing in the cart at today's price. {@code availableQuantity} is what could be bought now:
 * 0 for a listing that sold out, was withdrawn or whose shop was suspended, which checkout will
 * refuse. {@code image} is the URL of the first photo's grid copy, or null (written as null: the
 * storefront's shape has every member).
 */
@JsonbNillable
public record CartLine(
    long cartItemId,
    long productId,
    String title,
    BigDecimal price,
    int quantity,
    int availableQuantity,
    @Nullable String image) {}
