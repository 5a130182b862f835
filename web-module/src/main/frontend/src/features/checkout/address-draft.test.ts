import { beforeEach, describe, expect, it } from 'vitest';
import {
  ADDRESS_DRAFT_KEY,
  clearAddressDraft,
  emptyAddress,
  loadAddressDraft,
  saveAddressDraft,
  toDraft,
} from './address-draft';

beforeEach(() => sessionStorage.clear());

describe('checkout address draft', () => {
  it('survives in sessionStorage until cleared', () => {
    expect(loadAddressDraft()).toBeUndefined();
    const draft = { ...emptyAddress('GB'), name: 'Ada Lovelace', city: 'London' };
    saveAddressDraft(draft);
    expect(loadAddressDraft()).toEqual(draft);
    clearAddressDraft();
    expect(loadAddressDraft()).toBeUndefined();
  });

  it('reads an order address with nulls, and ignores what is not a draft', () => {
    expect(
      toDraft({
        name: 'Ada',
        line1: '1 Main St',
        line2: null,
        city: 'Portland',
        region: 'OR',
        postalCode: '97201',
        country: 'us',
      }),
    ).toEqual({
      name: 'Ada',
      line1: '1 Main St',
      line2: '',
      city: 'Portland',
      region: 'OR',
      postalCode: '97201',
      country: 'US',
    });
    sessionStorage.setItem(ADDRESS_DRAFT_KEY, 'not json');
    expect(loadAddressDraft()).toBeUndefined();
    sessionStorage.setItem(ADDRESS_DRAFT_KEY, '42');
    expect(loadAddressDraft()).toBeUndefined();
  });
});
