package org.handmademarket.payments.payout;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** Money transferred to a shop's account. */
public record Payout(
    long id,
    long shopId,
    LocalDate payoutDate,
    BigDecimal amount,
    String reference,
    OffsetDateTime createdAt) {}
