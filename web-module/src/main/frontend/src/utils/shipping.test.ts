import { describe, expect, it } from 'vitest';
import { countryName, countryOptions } from './countries';
import { formatDayRange } from './format';
import { shippingText, type ShippingQuoteView } from './shipping';

const quote = (over: Partial<ShippingQuoteView>): ShippingQuoteView => ({
  destinationCountry: 'GB',
  ships: true,
  amount: 22,
  freeShippingThreshold: null,
  freeShippingRemaining: null,
  estimatedDelivery: { from: '2026-12-10', to: '2026-12-24' },
  ...over,
});

describe('shipping text', () => {
  it('gives the cost to the country and the delivery window', () => {
    expect(shippingText(quote({}), 'Oak & Ash')).toEqual({
      cost: 'Shipping to United Kingdom: $22.00',
      blocked: false,
      arrives: 'Arrives Dec 10 – Dec 24',
    });
    expect(shippingText(quote({ destinationCountry: null, amount: 5 }), 'Oak & Ash').cost).toBe(
      'Shipping: $5.00',
    );
  });

  it('says how much more buys free shipping, and when it is free', () => {
    const near = shippingText(
      quote({
        destinationCountry: 'US',
        amount: 5,
        freeShippingThreshold: 50,
        freeShippingRemaining: 2,
      }),
      'Oak & Ash',
    );
    expect(near.freeShippingHint).toBe('Add $2.00 more from Oak & Ash for free shipping');
    const free = shippingText(
      quote({ amount: 0, freeShippingThreshold: 50, freeShippingRemaining: 0 }),
      'Oak & Ash',
    );
    expect(free.cost).toBe('Free shipping');
    expect(free.freeShippingHint).toBeUndefined();
  });

  it('flags a shop that does not ship there', () => {
    expect(shippingText(quote({ ships: false, amount: 0 }), 'Oak & Ash')).toEqual({
      cost: "Doesn't ship to United Kingdom",
      blocked: true,
    });
  });
});

describe('dates and countries', () => {
  it('formats delivery windows as calendar days', () => {
    expect(formatDayRange('2026-12-10', '2026-12-24')).toBe('Dec 10 – Dec 24');
    expect(formatDayRange('2026-12-10', '2026-12-10')).toBe('Dec 10');
    expect(formatDayRange('2026-12-28', '2027-01-05')).toBe('Dec 28, 2026 – Jan 5, 2027');
    expect(formatDayRange('soon', 'later')).toBe('soon – later');
  });

  it('names countries with Intl.DisplayNames', () => {
    expect(countryName('GB')).toBe('United Kingdom');
    expect(countryName('de')).toBe('Germany');
    expect(countryName('not a code')).toBe('not a code');
    const options = countryOptions('MX');
    expect(options.map((option) => option.code)).toContain('MX');
    expect(options[0]!.name.localeCompare(options[1]!.name)).toBeLessThan(0);
  });
});
