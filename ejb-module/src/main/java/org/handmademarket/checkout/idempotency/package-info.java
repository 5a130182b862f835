/**
 * Idempotency keys for checkout, with the semantics of the IETF Idempotency-Key draft and Stripe:
 * the first request with a key runs, a concurrent one is refused, a finished one is replayed byte
 * for byte, and the same key with a different body is an error. Redis is the fast path and fails
 * closed; the database's unique (user, key) record is the guarantee.
 */
package org.handmademarket.checkout.idempotency;
