import { queryOptions, useMutation, useQuery } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api-client';

/** `GET /api/payments/options`: which provider collects the payment method, if any. */
export interface PaymentOptions {
  provider: 'sandbox' | 'stripe' | 'none' | string;
  available: boolean;
  /** Stripe's publishable key for Stripe.js; null for the other providers. */
  publishableKey: string | null;
}

/** One of the sandbox's test payment methods and the outcome it gives. */
export interface SandboxPaymentMethod {
  id: string;
  label: string;
  outcome: string;
}

export const paymentOptionsQueryOptions = () =>
  queryOptions({
    queryKey: ['payments', 'options'],
    queryFn: ({ signal }) => apiFetch<PaymentOptions>('/api/payments/options', { signal }),
    // The provider is configuration: it does not change while the buyer pays.
    staleTime: 5 * 60_000,
  });

export function usePaymentOptions() {
  return useQuery(paymentOptionsQueryOptions());
}

/** `GET /api/payments/sandbox/payment-methods`, asked only while the sandbox is the provider. */
export function useSandboxPaymentMethods(enabled: boolean) {
  return useQuery({
    queryKey: ['payments', 'sandbox', 'payment-methods'],
    queryFn: ({ signal }) =>
      apiFetch<SandboxPaymentMethod[]>('/api/payments/sandbox/payment-methods', { signal }),
    staleTime: 5 * 60_000,
    enabled,
  });
}

/**
 * `POST /api/payments/sandbox/checkouts/{checkoutId}/authentication`: the buyer's answer on the
 * sandbox's stand-in for the bank's authentication page; the payment as it now stands.
 */
export function authenticateSandboxPayment(checkoutId: string, approved: boolean) {
  return apiFetch<{ payment: 'PAID' | 'DECLINED' | 'PENDING' | string }>(
    `/api/payments/sandbox/checkouts/${encodeURIComponent(checkoutId)}/authentication`,
    { method: 'POST', body: { approved } },
  );
}

export function useAuthenticateSandboxPayment() {
  return useMutation({
    mutationFn: ({ checkoutId, approved }: { checkoutId: string; approved: boolean }) =>
      authenticateSandboxPayment(checkoutId, approved),
    retry: false,
  });
}
