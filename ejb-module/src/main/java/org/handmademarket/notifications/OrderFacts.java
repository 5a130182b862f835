package org.handmademarket.notifications;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * What order mails say about one order, read at the time its event is consumed.
 *
 * @param shopLogoKey the storage key of the shop's logo, or null when it has none
 * @param shipByDays the most days the shop takes to hand an order over (its processing time)
 */
record OrderFacts(
    long orderId,
    UUID checkoutId,
    Person buyer,
    long shopId,
    String shopName,
    String shopLogoKey,
    Person seller,
    String status,
    BigDecimal subtotal,
    BigDecimal shipping,
    List<String> address,
    String carrier,
    String trackingNumber,
    OffsetDateTime createdAt,
    int shipByDays,
    List<Line> lines) {

  BigDecimal total() {
    return subtotal.add(shipping);
  }

  /** An account mails go to. */
  record Person(long id, String email, String name) {}

  record Line(String title, BigDecimal unitPrice, int quantity) {

    BigDecimal amount() {
      return unitPrice.multiply(BigDecimal.valueOf(quantity));
    }
  }
}
