package org.handmademarket.checkout.payment;

/**
 * Where a checkout's one charge stands. {@code PLACED}: the orders are written and the provider was
 * not asked yet (or the instance asking died); {@code PENDING}: the provider did not answer, so
 * whether money moved is unknown; {@code PAID} and {@code DECLINED} are final.
 */
public enum PaymentStatus {
  PLACED,
  PENDING,
  PAID,
  DECLINED;

  /** Whether the provider must (still) be asked for this checkout's charge. */
  public boolean awaitsProvider() {
    return this == PLACED || this == PENDING;
  }
}
