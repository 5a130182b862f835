import { CardElement, Elements, useElements, useStripe } from '@stripe/react-stripe-js';
import { loadStripe, type Stripe } from '@stripe/stripe-js';
import { useEffect, useId, useState } from 'react';
import type { CollectorRef } from './collector';

/** Stripe.js is loaded once per key (loadStripe adds its script to the page). */
const loaded = new Map<string, Promise<Stripe | null>>();

function stripeFor(publishableKey: string) {
  let stripe = loaded.get(publishableKey);
  if (!stripe) {
    stripe = loadStripe(publishableKey);
    loaded.set(publishableKey, stripe);
  }
  return stripe;
}

/**
 * The card, in Stripe's own fields (Elements): Stripe turns it into a PaymentMethod and checkout
 * sends only its id. Loaded on demand, so that shoppers of a sandbox marketplace never fetch it.
 */
export default function StripeCard({
  publishableKey,
  collectorRef,
  error,
}: {
  publishableKey: string;
  collectorRef: CollectorRef;
  error?: string;
}) {
  return (
    <Elements stripe={stripeFor(publishableKey)}>
      <CardFields collectorRef={collectorRef} error={error} />
    </Elements>
  );
}

function CardFields({ collectorRef, error }: { collectorRef: CollectorRef; error?: string }) {
  const stripe = useStripe();
  const elements = useElements();
  const labelId = useId();
  const [cardError, setCardError] = useState<string | null>(null);

  useEffect(() => {
    collectorRef.current = {
      async paymentMethodId() {
        const card = elements?.getElement(CardElement);
        if (!stripe || !card) return { error: 'The card form is still loading. Try again.' };
        const result = await stripe.createPaymentMethod({ type: 'card', card });
        if (result.error) return { error: result.error.message ?? 'Check the card details' };
        return { id: result.paymentMethod.id };
      },
      async handleNextAction(clientSecret) {
        if (!stripe) return 'The card form is not loaded.';
        const result = await stripe.handleNextAction({ clientSecret });
        return result.error ? (result.error.message ?? 'The payment was not authenticated.') : null;
      },
    };
    return () => {
      collectorRef.current = null;
    };
  }, [collectorRef, stripe, elements]);

  const shown = cardError ?? error;
  return (
    <div
      className={`field ${shown ? 'field--invalid' : ''}`}
      role="group"
      aria-labelledby={labelId}
    >
      <span id={labelId} className="field__label">
        Card
      </span>
      <div className="stripe-card">
        <CardElement onChange={(event) => setCardError(event.error?.message ?? null)} />
      </div>
      {stripe ? null : <p className="field__hint">Loading the card form…</p>}
      {shown ? <p className="field__error">{shown}</p> : null}
    </div>
  );
}
