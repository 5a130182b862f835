package org.handmademarket.payments.ledger;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** One ledger entry as support reads an order's money trail. */
public record TrailEntry(
    String kind,
    String reference,
    String memo,
    OffsetDateTime at,
    Account account,
    Long shopId,
    BigDecimal amount) {}
