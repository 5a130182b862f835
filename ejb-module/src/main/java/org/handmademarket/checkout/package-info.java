/**
 * Checkout and orders: turning a multi-shop cart into one order per shop in a single transaction,
 * charging once, and following each order through its life (paid, shipped, delivered, cancelled,
 * refunded) with every move recorded.
 */
package org.handmademarket.checkout;
