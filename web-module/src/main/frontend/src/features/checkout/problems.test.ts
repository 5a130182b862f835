import { describe, expect, it } from 'vitest';
import { ApiProblem } from '@/lib/api-problem';
import {
  describeChange,
  describeUnavailable,
  describeUnshippable,
  describeWait,
  retryAfterSeconds,
  totalsChanged,
  unshippableShops,
} from './problems';

const time = (iso: string) =>
  new Intl.DateTimeFormat('en-US', { timeStyle: 'short' }).format(new Date(iso));

describe('checkout problems', () => {
  it('reads a totals-changed refusal and words its changes', () => {
    const error = new ApiProblem({
      type: '/problems/totals-changed',
      status: 409,
      extras: {
        expectedTotal: 70,
        total: 83.5,
        changes: [
          { kind: 'price', productId: 42, title: 'Oak ring', was: 24, now: 30 },
          { kind: 'shipping', shopId: 7, shopName: 'Oak & Ash', was: 5, now: 7.5 },
          { kind: 'tax', was: 0, now: 1 },
        ],
        cart: { shops: [], itemTotal: 0, shippingTotal: 0, total: 83.5, itemCount: 0 },
      },
    });

    const changed = totalsChanged(error)!;

    expect(changed.total).toBe(83.5);
    expect(changed.expectedTotal).toBe(70);
    expect(changed.cart?.total).toBe(83.5);
    expect(changed.changes.map(describeChange)).toEqual([
      'Oak ring: $24.00 → $30.00',
      'Shipping from Oak & Ash: $5.00 → $7.50',
    ]);
  });

  it('accepts a totals-changed refusal without changes (the server could not tell what was seen)', () => {
    const error = new ApiProblem({
      type: '/problems/totals-changed',
      status: 409,
      extras: { expectedTotal: 70, total: '72.00', changes: [] },
    });
    expect(totalsChanged(error)).toEqual({
      expectedTotal: 70,
      total: '72.00',
      changes: [],
      cart: undefined,
    });
    expect(totalsChanged(new ApiProblem({ type: '/problems/cart-empty', status: 409 }))).toBe(
      undefined,
    );
    expect(totalsChanged(new Error('no'))).toBe(undefined);
  });

  it('names the shops that do not ship to the country', () => {
    const error = new ApiProblem({
      type: '/problems/shipping-unavailable',
      status: 409,
      extras: {
        shops: [
          { shopId: 7, shopName: 'Oak & Ash', shipsFrom: 'US' },
          { shopId: 9, shopName: 'Clay & Co', shipsFrom: 'CA' },
        ],
      },
    });
    const shops = unshippableShops(error)!;
    expect(describeUnshippable(shops, 'GB')).toBe(
      "Oak & Ash and Clay & Co don't ship to United Kingdom.",
    );
    expect(describeUnshippable(shops.slice(0, 1), 'GB')).toBe(
      "Oak & Ash doesn't ship to United Kingdom.",
    );
    expect(describeUnshippable([], null)).toBe(
      "Some shops in your cart don't ship to this country.",
    );
  });

  it('says who holds an unavailable item and until when', () => {
    const heldUntil = '2026-12-03T15:40:00Z';
    expect(
      describeUnavailable({
        productId: 1,
        title: 'Oak ring',
        requested: 1,
        available: 0,
        heldUntil,
      }),
    ).toBe(`Oak ring: you asked for 1, it is held by another buyer until ${time(heldUntil)}`);
    expect(
      describeUnavailable({ productId: 1, title: 'Mug', requested: 3, available: 1, heldUntil }),
    ).toBe(
      `Mug: you asked for 3, only 1 available now; the rest are held by another buyer until ${time(heldUntil)}`,
    );
    expect(
      describeUnavailable({
        productId: 1,
        title: 'Vase',
        requested: 1,
        available: 0,
        heldUntil: null,
      }),
    ).toBe('Vase: you asked for 1, it has sold out');
    expect(describeUnavailable({ productId: 1, title: 'Cup', requested: 4, available: 2 })).toBe(
      'Cup: you asked for 4, only 2 available',
    );
  });

  it('reads how long to wait after too many holds', () => {
    const header = new ApiProblem({
      type: '/problems/too-many-holds',
      status: 429,
      retryAfter: 30,
    });
    const member = new ApiProblem({
      type: '/problems/too-many-holds',
      status: 429,
      extras: { retryAfterSeconds: 120 },
    });
    expect(retryAfterSeconds(header)).toBe(30);
    expect(retryAfterSeconds(member)).toBe(120);
    expect(describeWait(30)).toBe('in 30 seconds');
    expect(describeWait(1)).toBe('in 1 second');
    expect(describeWait(90)).toBe('in 2 minutes');
    expect(describeWait(60)).toBe('in 1 minute');
    expect(describeWait(undefined)).toBe('in a moment');
  });
});
