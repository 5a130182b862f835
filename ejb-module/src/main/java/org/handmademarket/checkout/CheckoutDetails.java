package org.handmademarket.checkout;

/** What a buyer sends to check out: where to ship, and the card to charge. */
public record CheckoutDetails(ShippingAddress address, String cardNumber) {}
