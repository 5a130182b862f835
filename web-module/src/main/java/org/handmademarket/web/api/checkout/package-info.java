/** Checkout: one Idempotency-Key per attempt, one order per shop, one charge. */
package org.handmademarket.web.api.checkout;
