package org.handmademarket.payments.provider;

import java.math.BigDecimal;

/** A payout: money from the marketplace's provider balance to a shop's connected account. */
public record TransferRequest(
    String idempotencyKey, String accountId, BigDecimal amount, String description) {}
