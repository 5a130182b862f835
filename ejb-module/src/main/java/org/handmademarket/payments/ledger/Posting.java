package org.handmademarket.payments.ledger;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One entry of a ledger transaction.
 *
 * @param shopId the shop, for {@link Account#SHOP} only
 * @param orderId the order the money belongs to, where there is one
 * @param availableAt when a shop's credit may be paid out; null: at once
 */
public record Posting(
    Account account, Long shopId, Long orderId, BigDecimal amount, Instant availableAt) {}
