/**
 * Charging the buyer. Checkout talks to a {@link
 * org.handmademarket.checkout.payment.PaymentGateway}; the sandbox gateway shipped here approves,
 * declines or times out on documented test card numbers so that every path can be exercised, and a
 * real provider's adapter can replace it.
 */
package org.handmademarket.checkout.payment;
