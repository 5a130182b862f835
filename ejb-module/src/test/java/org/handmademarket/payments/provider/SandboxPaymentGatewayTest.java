package org.handmademarket.payments.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SandboxPaymentGatewayTest {

  private final SandboxPaymentGateway gateway = new SandboxPaymentGateway();

  @Test
  void approvesTheApprovedMethodWithAStableReferencePerKey() {
    PaymentResult first = gateway.charge(request("key-1", SandboxPaymentMethod.APPROVED.id()));
    PaymentResult again = gateway.charge(request("key-1", SandboxPaymentMethod.APPROVED.id()));
    PaymentResult other = gateway.charge(request("key-2", SandboxPaymentMethod.APPROVED.id()));

    assertInstanceOf(PaymentResult.Approved.class, first);
    assertEquals(first, again, "a repeated key is the same charge");
    assertNotEquals(first, other);
    assertEquals(
        SandboxPaymentGateway.paymentReference("key-1"),
        ((PaymentResult.Approved) first).reference());
  }

  @Test
  void answersEachTestMethodAsDocumented() {
    assertEquals(
        new PaymentResult.Declined("Your card has insufficient funds."),
        gateway.charge(request("k", SandboxPaymentMethod.DECLINED.id())));
    PaymentResult.Pending authentication =
        assertInstanceOf(
            PaymentResult.Pending.class,
            gateway.charge(request("k", SandboxPaymentMethod.AUTHENTICATION_REQUIRED.id())));
    assertNotNull(authentication.authenticationSecret());
    PaymentResult.Pending noAnswer =
        assertInstanceOf(
            PaymentResult.Pending.class,
            gateway.charge(request("k", SandboxPaymentMethod.NO_ANSWER.id())));
    assertNull(noAnswer.reference());
  }

  @Test
  void declinesAnUnknownPaymentMethod() {
    assertEquals(
        new PaymentResult.Declined("The payment method is unknown."),
        gateway.charge(request("k", "pm_card_doesNotExist")));
  }

  @Test
  void refundsAndPaysOnlyWhatTheSandboxMade() {
    assertInstanceOf(
        RefundResult.Refused.class,
        gateway.refund(new RefundRequest("r", "pi_real", 1, BigDecimal.ONE, "test")));
    assertInstanceOf(
        RefundResult.Refunded.class,
        gateway.refund(
            new RefundRequest(
                "r", SandboxPaymentGateway.paymentReference("k"), 1, BigDecimal.ONE, "test")));
    String account = gateway.connect(new AccountRequest(7, "s@example.com", "US", "u")).accountId();
    assertInstanceOf(
        TransferResult.Transferred.class,
        gateway.transfer(new TransferRequest("t", account, BigDecimal.TEN, "payout")));
    assertInstanceOf(
        TransferResult.Refused.class,
        gateway.transfer(new TransferRequest("t", "acct_real", BigDecimal.TEN, "payout")));
  }

  @Test
  void refusesEveryWebhook() {
    assertThrows(WebhookRejected.class, () -> gateway.verify("{}", "t=1,v1=00"));
  }

  private static PaymentRequest request(String key, String method) {
    return new PaymentRequest(
        key, UUID.randomUUID(), new BigDecimal("25.00"), method, "test order");
  }
}
