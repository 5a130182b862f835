import { lazy, Suspense } from 'react';
import { Skeleton } from '@/components/ui/skeleton';
import { userMessage } from '@/lib/api-problem';
import type { PaymentOptions } from '../api/payments';
import type { CollectorRef } from './collector';
import { SandboxMethods } from './sandbox-methods';

const StripeCard = lazy(() => import('./stripe-card'));

/** Whether the marketplace takes payments through a provider this storefront knows. */
export function paymentsOpen(options: PaymentOptions | undefined): boolean {
  return (
    !!options?.available &&
    (options.provider === 'sandbox' || (options.provider === 'stripe' && !!options.publishableKey))
  );
}

/**
 * Checkout's payment fields for the configured provider: the sandbox's test methods, Stripe's card
 * fields, or word that checkout is closed.
 */
export function PaymentFields({
  options,
  collectorRef,
  error,
}: {
  options: { data: PaymentOptions | undefined; isPending: boolean; error: unknown };
  collectorRef: CollectorRef;
  error?: string;
}) {
  if (options.isPending) {
    return (
      <div aria-busy="true" aria-label="Loading the payment options">
        <Skeleton width="70%" />
      </div>
    );
  }
  if (!options.data) {
    return (
      <p className="banner banner--error" role="alert">
        We couldn't load the payment options. {userMessage(options.error)}
      </p>
    );
  }
  if (!paymentsOpen(options.data)) {
    return (
      <p className="banner banner--warning" role="alert">
        Checkout is closed: Handmade Market cannot take payments right now. Your cart is kept;
        please come back later.
      </p>
    );
  }
  if (options.data.provider === 'sandbox') {
    return <SandboxMethods collectorRef={collectorRef} error={error} />;
  }
  return (
    <Suspense fallback={<Skeleton width="100%" height="2.5em" />}>
      <StripeCard
        publishableKey={options.data.publishableKey!}
        collectorRef={collectorRef}
        error={error}
      />
    </Suspense>
  );
}
