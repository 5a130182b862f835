import { useMutation } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api-client';
import type { Hold } from './types';

/**
 * `POST /api/checkout/hold`: holds every cart line for the buyer while they pay, priced for `country`
 * (domestic rates without one). Posting again while the hold lasts re-quotes (another country,
 * current prices) without moving `expiresAt`; after it ended, it holds anew. Refused with 409
 * `items-unavailable`, `shipping-unavailable` or `cart-empty`, or 429 `too-many-holds`.
 */
export function placeHold(country: string | null): Promise<Hold> {
  return apiFetch<Hold>('/api/checkout/hold', {
    method: 'POST',
    body: country ? { country } : {},
  });
}

export function usePlaceHold() {
  return useMutation({ mutationFn: placeHold, retry: false });
}
