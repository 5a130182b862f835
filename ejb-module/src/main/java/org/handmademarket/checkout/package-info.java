/**
 * Checkout and orders: turning a multi-shop cart into one order per shop in a single transaction,
 * charging once, and following each order through its life (paid, shipped, delivered, cancelled,
 * refunded) with every move recorded. Sub-packages: {@code placing} (checking out), {@code orders}
 * (an order's life and its views), {@code payment} (payment events, settlement, refunds), {@code
 * dashboard} (what sellers see) and {@code idempotency} (retried checkouts).
 */
package org.handmademarket.checkout;
