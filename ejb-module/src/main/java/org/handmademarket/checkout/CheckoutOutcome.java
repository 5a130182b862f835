package org.handmademarket.checkout;

/**
 * How a checkout ended, without HTTP: the orders exist and are paid, or they exist and the charge
 * is unconfirmed ({@code paymentPending}). Refusals are exceptions.
 */
public record CheckoutOutcome(boolean paymentPending, CheckoutReceipt receipt) {}
