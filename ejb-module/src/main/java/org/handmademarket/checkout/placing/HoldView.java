package org.handmademarket.checkout.placing;

import java.time.OffsetDateTime;
import org.handmademarket.cart.CartView;

/**
 * A buyer's items held while they pay: until {@code expiresAt} ({@code holdMinutes} from when they
 * started), with the cart as quoted for its country.
 */
public record HoldView(OffsetDateTime expiresAt, int holdMinutes, CartView cart) {}
