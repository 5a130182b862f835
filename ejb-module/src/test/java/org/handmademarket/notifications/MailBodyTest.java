package org.handmademarket.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class MailBodyTest {

  @Test
  void writesTheSameMessageAsTextAndAsEscapedHtml() {
    MailContent mail =
        new MailBody("Hello <Ana> & co")
            .paragraph("Your \"mug\" ships today.")
            .line("1 x Mug", "$12.50")
            .link("View order 7", "https://market.example/orders/7?a=1&b=2")
            .build("Subject", "Footer");

    assertEquals("Subject", mail.subject());
    assertTrue(mail.text().startsWith("Hello <Ana> & co\n\n"), mail.text());
    assertTrue(mail.text().contains("Your \"mug\" ships today."), mail.text());
    assertTrue(mail.text().contains("  1 x Mug  $12.50\n"), mail.text());
    assertTrue(
        mail.text().contains("View order 7: https://market.example/orders/7?a=1&b=2"), mail.text());
    assertTrue(mail.html().contains("Hello &lt;Ana&gt; &amp; co"), mail.html());
    assertTrue(mail.html().contains("Your &quot;mug&quot; ships today."), mail.html());
    assertTrue(
        mail.html().contains("href=\"https://market.example/orders/7?a=1&amp;b=2\""), mail.html());
    assertFalse(mail.html().contains("<Ana>"), mail.html());
  }

  @Test
  void moneyInDollarsAndDatesInUtc() {
    assertEquals("$1,234.50", MailBody.money(new BigDecimal("1234.5")));
    assertEquals("$0.00", MailBody.money(new BigDecimal("0.00")));
    // 23:30 in New York on December 2 is December 3 in UTC.
    assertEquals(
        "December 3, 2026",
        MailBody.date(OffsetDateTime.of(2026, 12, 2, 23, 30, 0, 0, ZoneOffset.ofHours(-5))));
  }

  @Test
  void aMailsMessageIdComesFromItsKey() {
    QueuedMail mail = new QueuedMail(1, "order:42:placed:seller", "a@b.test", "s", "t", "h");
    assertEquals("<order.42.placed.seller@handmade.market>", mail.messageId());
    assertEquals(
        mail.messageId(),
        new QueuedMail(2, "order:42:placed:seller", "a@b.test", "s", "t", "h").messageId(),
        "the same mail sent again keeps its Message-ID");
  }
}
