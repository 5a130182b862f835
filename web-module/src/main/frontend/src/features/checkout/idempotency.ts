import { useCallback, useState } from 'react';
import { isApiProblem } from '@/lib/api-problem';

/** The API's answer while the first request with a key is still running (409, Retry-After). */
export const KEY_IN_USE = '/problems/idempotency-key-in-use';

/** `checkout:{timestamp}:{uuid}` (design document). */
export function newIdempotencyKey(
  now: number = Date.now(),
  uuid: string = crypto.randomUUID(),
): string {
  return `checkout:${now}:${uuid}`;
}

/**
 * Whether a retry after this failure is the same submission, which must reuse its key: the request may
 * have reached the server (network failure, 5xx, a timeout) or is still running there (409
 * idempotency-key-in-use). After a definitive refusal (items unavailable, card declined, invalid address)
 * the shopper changes something and submits anew, with a new key; reusing the old one would replay
 * the refusal.
 */
export function isSameSubmissionRetry(error: unknown): boolean {
  if (!isApiProblem(error)) return true;
  if (error.status === 0 || error.status >= 500 || error.status === 429) return true;
  return error.is(KEY_IN_USE);
}

/** The key for the current submission: made on mount, kept across retries, renewed on demand. */
export function useIdempotencyKey() {
  const [key, setKey] = useState(() => newIdempotencyKey());
  const renew = useCallback(() => setKey(newIdempotencyKey()), []);
  return { key, renew };
}
