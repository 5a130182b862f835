import { apiUrl, CSRF_HEADER } from '@/lib/api-client';

/**
 * `DELETE /api/checkout/hold`: the buyer left checkout, the pieces are on sale again at once. Best
 * effort: a failure leaves the hold to expire on its own, so it is never reported. `keepalive` lets
 * the request finish while the page changes.
 */
export function releaseHold(): Promise<void> {
  return fetch(apiUrl('/api/checkout/hold'), {
    method: 'DELETE',
    credentials: 'include',
    keepalive: true,
    headers: { [CSRF_HEADER.name]: CSRF_HEADER.value },
  }).then(
    () => undefined,
    () => undefined,
  );
}
