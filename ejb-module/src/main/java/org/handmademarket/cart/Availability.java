package org.handmademarket.cart;

import jakarta.annotation.Nullable;
import jakarta.json.bind.annotation.JsonbNillable;
import java.time.OffsetDateTime;

/**
 * Whether a shopper can add more of a listing: how many can be bought now, how many the caller's
 * cart already holds (0 for anonymous callers), and whether there is room for one more. {@code
 * held} pieces are held by other buyers in checkout until {@code heldUntil} at the latest (the
 * earliest of their holds), when they may be on sale again.
 */
@JsonbNillable
public record Availability(
    int available, int inCart, boolean canAddMore, int held, @Nullable OffsetDateTime heldUntil) {}
