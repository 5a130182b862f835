import { describe, expect, it } from 'vitest';
import { addressLines } from './address';

describe('addressLines', () => {
  it('writes a US address the way the USPS does', () => {
    expect(
      addressLines({
        name: 'Ada Lovelace',
        line1: '1200 SW Main St',
        line2: 'Apt 4',
        city: 'Portland',
        region: 'OR',
        postalCode: '97201',
        country: 'US',
      }),
    ).toEqual(['Ada Lovelace', '1200 SW Main St', 'Apt 4', 'Portland, OR 97201', 'United States']);
  });

  it('leaves out empty parts without stray commas or empty lines', () => {
    expect(
      addressLines({
        name: 'Ada',
        line1: '1 Main St',
        line2: null,
        city: 'Portland',
        region: '',
        postalCode: '97201',
        country: 'US',
      }),
    ).toEqual(['Ada', '1 Main St', 'Portland 97201', 'United States']);
  });

  it('puts the UK postcode on a line of its own and the continental one before the town', () => {
    expect(
      addressLines({
        name: 'Ada',
        line1: '1 Fleet Street',
        city: 'London',
        postalCode: 'EC4Y 1AA',
        country: 'GB',
      }),
    ).toEqual(['Ada', '1 Fleet Street', 'London', 'EC4Y 1AA', 'United Kingdom']);
    expect(
      addressLines({
        name: 'Ada',
        line1: '5 Rue de la Paix',
        city: 'Paris',
        region: null,
        postalCode: '75002',
        country: 'FR',
      }),
    ).toEqual(['Ada', '5 Rue de la Paix', '75002 Paris', 'France']);
    expect(
      addressLines({
        name: 'Ada',
        line1: '1 George St',
        city: 'Sydney',
        region: 'NSW',
        postalCode: '2000',
        country: 'AU',
      }),
    ).toEqual(['Ada', '1 George St', 'Sydney NSW 2000', 'Australia']);
  });
});
