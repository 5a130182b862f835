/**
 * The shopper's cart: kept server-side in {@code cart_items}, one row per shopper and listing,
 * shown grouped by shop because every shop becomes its own order at checkout. Adding locks the
 * listing's row so that what a shopper holds never exceeds the stock at the moment of adding. The
 * grouped view is cached in Redis for a few minutes and dropped after every change; without Redis
 * it is only slower.
 */
package org.handmademarket.cart;
