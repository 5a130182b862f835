import { describe, expect, it } from 'vitest';
import { checkoutPrefill } from './checkout-prefill';

const portland = {
  name: 'Ada Lovelace',
  line1: '1200 SW Main St',
  line2: null,
  city: 'Portland',
  region: 'OR',
  postalCode: '97201',
  country: 'US',
};

describe('checkoutPrefill', () => {
  it('starts from the last order address', () => {
    expect(checkoutPrefill(portland, null)).toBe(portland);
    expect(checkoutPrefill(portland, 'US')).toBe(portland);
  });

  it('takes only the country chosen in the cart when it is another one', () => {
    expect(checkoutPrefill(portland, 'GB')).toEqual({ country: 'GB' });
    expect(checkoutPrefill(null, 'GB')).toEqual({ country: 'GB' });
  });

  it('has nothing to start from without an order or a chosen country', () => {
    expect(checkoutPrefill(null, null)).toBeNull();
    expect(checkoutPrefill(undefined, null)).toBeNull();
  });
});
