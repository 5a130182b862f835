package org.handmademarket.inventory;

import java.time.OffsetDateTime;

/**
 * A listing's stock changed, fired inside the transaction of the change: observers that announce it
 * must wait for the commit ({@code TransactionPhase.AFTER_SUCCESS}) so that nothing rolled back is
 * told.
 *
 * @param available what shoppers can buy now (0 unless the listing is active)
 * @param held pieces buyers hold in checkout, not counted in {@code available}
 * @param heldUntil when the earliest of those holds ends, or null
 */
public record StockChanged(
    long productId,
    int quantity,
    int available,
    String status,
    int held,
    OffsetDateTime heldUntil) {}
