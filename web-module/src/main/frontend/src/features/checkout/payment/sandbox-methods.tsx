import { useEffect, useState } from 'react';
import { Skeleton } from '@/components/ui/skeleton';
import { userMessage } from '@/lib/api-problem';
import { useSandboxPaymentMethods } from '../api/payments';
import type { CollectorRef } from './collector';

/** The sandbox's test payment methods as radios, the first chosen; no real card is charged. */
export function SandboxMethods({
  collectorRef,
  error,
}: {
  collectorRef: CollectorRef;
  error?: string;
}) {
  const methods = useSandboxPaymentMethods(true);
  const [chosen, setChosen] = useState<string | null>(null);
  const selected = chosen ?? methods.data?.[0]?.id ?? null;

  useEffect(() => {
    collectorRef.current = {
      paymentMethodId: async () =>
        selected ? { id: selected } : { error: 'Choose a test payment method' },
    };
    return () => {
      collectorRef.current = null;
    };
  }, [collectorRef, selected]);

  if (methods.isPending) {
    return (
      <div aria-busy="true" aria-label="Loading the test payment methods">
        <Skeleton width="60%" />
        <Skeleton width="60%" />
      </div>
    );
  }
  if (methods.isError) {
    return (
      <div className="banner banner--error" role="alert">
        <p>We couldn't load the test payment methods. {userMessage(methods.error)}</p>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => void methods.refetch()}
        >
          Try again
        </button>
      </div>
    );
  }
  return (
    <>
      <p className="banner banner--info">Sandbox: no real card is charged.</p>
      <div role="radiogroup" aria-label="Test payment method" className="payment-methods">
        {methods.data.map((method) => (
          <label key={method.id} className="payment-methods__option">
            <input
              type="radio"
              name="paymentMethodId"
              value={method.id}
              checked={selected === method.id}
              onChange={() => setChosen(method.id)}
            />{' '}
            {method.label} <span className="field__hint">({method.outcome})</span>
          </label>
        ))}
      </div>
      {error ? <p className="field__error">{error}</p> : null}
    </>
  );
}
