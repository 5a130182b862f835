package org.handmademarket.web.api.payments;

import org.handmademarket.checkout.payment.PaymentStatus;

/**
 * The shape of the answer to a sandbox authentication, {@code {payment}}, for the OpenAPI document
 * only: the resource answers with a map of the same shape.
 */
public record AuthenticationOutcome(PaymentStatus payment) {}
