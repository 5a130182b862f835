package org.handmademarket.checkout.payment;

import org.handmademarket.payments.provider.PaymentResult;

/**
 * What the provider's answer to a charge does to a checkout, decided from where its payment stands:
 * only a checkout still waiting for the provider moves, so two retries settling at once, or a late
 * answer after a decided one, change nothing twice.
 */
public enum Settlement {
  /** Approved: the pending orders are paid and the charge is written down. */
  PAY(PaymentStatus.PAID),
  /** Declined: nothing was charged, so the orders are voided and their stock returned. */
  VOID(PaymentStatus.DECLINED),
  /**
   * Pending: no answer (whether money moved is unknown), or the provider waits for the buyer to
   * authenticate; the orders wait for the provider's notification or a retry.
   */
  WAIT(PaymentStatus.PENDING),
  /** The payment was decided already: this answer changes nothing. */
  KEEP(null);

  private final PaymentStatus next;

  Settlement(PaymentStatus next) {
    this.next = next;
  }

  static Settlement of(PaymentStatus current, PaymentResult answer) {
    if (!current.awaitsProvider()) {
      return KEEP;
    }
    if (answer instanceof PaymentResult.Approved) {
      return PAY;
    }
    return answer instanceof PaymentResult.Declined ? VOID : WAIT;
  }

  PaymentStatus after(PaymentStatus current) {
    return next == null ? current : next;
  }
}
