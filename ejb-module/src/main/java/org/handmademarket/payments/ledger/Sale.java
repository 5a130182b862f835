package org.handmademarket.payments.ledger;

import java.math.BigDecimal;

/** One shop's order within a charge: what the buyer paid for it (items and shipping). */
public record Sale(long orderId, long shopId, BigDecimal amount) {}
