import type { RefObject } from 'react';

/**
 * What checkout asks of the payment fields when the buyer places the order. The fields own the
 * provider's client library (Stripe.js lives inside its Elements provider), so checkout reaches it
 * through this, set by whichever fields are on screen.
 */
export interface PaymentCollector {
  /** The payment method id to send, or why there is none (shown under the payment fields). */
  paymentMethodId(): Promise<{ id: string } | { error: string }>;
  /** Stripe's authentication of a pending payment (3-D Secure); the provider's message if it failed. */
  handleNextAction?(clientSecret: string): Promise<string | null>;
}

export type CollectorRef = RefObject<PaymentCollector | null>;
