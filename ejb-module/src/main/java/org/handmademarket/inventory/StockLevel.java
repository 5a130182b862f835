package org.handmademarket.inventory;

/** A listing's stock after a change, and the status that follows from it. */
public record StockLevel(long productId, int quantity, String status) {}
