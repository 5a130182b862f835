import { useMutation } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api-client';
import type { CheckoutRequest, CheckoutResponse } from './types';

/**
 * `POST /api/checkout` with the `Idempotency-Key` header: a retry with the same key and body never
 * places a second set of orders (the API replays the first answer).
 */
export function placeOrder(
  request: CheckoutRequest,
  idempotencyKey: string,
): Promise<CheckoutResponse> {
  return apiFetch<CheckoutResponse>('/api/checkout', {
    method: 'POST',
    body: request,
    headers: { 'Idempotency-Key': idempotencyKey },
  });
}

export function usePlaceOrder() {
  return useMutation({
    mutationFn: ({
      request,
      idempotencyKey,
    }: {
      request: CheckoutRequest;
      idempotencyKey: string;
    }) => placeOrder(request, idempotencyKey),
    // Retries are the shopper's (same key): never retried behind their back.
    retry: false,
  });
}
