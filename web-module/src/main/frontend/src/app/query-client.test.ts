import { describe, expect, it } from 'vitest';
import { createQueryClient, refreshAfterBackForwardCache } from './query-client';

function pageShow(persisted: boolean): Event {
  const event = new Event('pageshow');
  Object.defineProperty(event, 'persisted', { value: persisted });
  return event;
}

describe('refreshAfterBackForwardCache', () => {
  it('marks what a page restored from the back/forward cache shows as stale', () => {
    const client = createQueryClient();
    client.setQueryData(['catalog', 'shop', 'quiet-shop'], { salesCount: 0 });
    const target = new EventTarget();
    const stop = refreshAfterBackForwardCache(client, target as unknown as Window);

    target.dispatchEvent(pageShow(false));
    expect(client.getQueryState(['catalog', 'shop', 'quiet-shop'])?.isInvalidated).toBe(false);

    target.dispatchEvent(pageShow(true));
    expect(client.getQueryState(['catalog', 'shop', 'quiet-shop'])?.isInvalidated).toBe(true);
    stop();
  });
});
