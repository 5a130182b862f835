package org.handmademarket.payments.ledger;

import java.math.BigDecimal;

/**
 * What the marketplace owes a shop.
 *
 * @param pending sales still inside the hold after payment
 * @param available what the next payout may pay (negative when refunds took more than was
 *     available: it is taken from the next sales)
 */
public record ShopBalance(BigDecimal balance, BigDecimal pending, BigDecimal available) {}
