package org.handmademarket.checkout.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class SandboxPaymentGatewayTest {

  private final SandboxPaymentGateway gateway = new SandboxPaymentGateway();

  @Test
  void approvesOrdinaryCardsWithAStableReferencePerKey() {
    PaymentResult first = gateway.charge(request("key-1", SandboxPaymentGateway.APPROVED_CARD));
    PaymentResult again = gateway.charge(request("key-1", SandboxPaymentGateway.APPROVED_CARD));
    PaymentResult other = gateway.charge(request("key-2", SandboxPaymentGateway.APPROVED_CARD));

    assertInstanceOf(PaymentResult.Approved.class, first);
    assertEquals(first, again, "a repeated key is the same charge");
    assertNotEquals(first, other);
  }

  @Test
  void declinesAndTimesOutOnTheDocumentedCards() {
    assertInstanceOf(
        PaymentResult.Declined.class,
        gateway.charge(request("k", SandboxPaymentGateway.DECLINED_CARD)));
    assertInstanceOf(
        PaymentResult.TimedOut.class,
        gateway.charge(request("k", SandboxPaymentGateway.TIMEOUT_CARD)));
  }

  private static PaymentRequest request(String key, String card) {
    return new PaymentRequest(key, new BigDecimal("25.00"), card, "test order");
  }
}
