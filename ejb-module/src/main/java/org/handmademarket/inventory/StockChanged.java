package org.handmademarket.inventory;

/**
 * A listing's stock changed, fired inside the transaction of the change: observers that announce it
 * must wait for the commit ({@code TransactionPhase.AFTER_SUCCESS}) so that nothing rolled back is
 * told.
 *
 * @param available what shoppers can buy now (0 unless the listing is active)
 */
public record StockChanged(long productId, int quantity, int available, String status) {}
