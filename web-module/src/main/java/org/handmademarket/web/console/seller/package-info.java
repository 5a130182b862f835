/**
 * The seller's console pages: dashboard, listings (table and form with photos), orders and shop
 * settings. The services behind them only ever reach the caller's own shop.
 */
package org.handmademarket.web.console.seller;
