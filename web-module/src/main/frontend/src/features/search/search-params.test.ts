import { describe, expect, it } from 'vitest';
import {
  isSelectedRange,
  parseSearchParams,
  priceRangeOf,
  toApiQuery,
  updateFilters,
} from './search-params';

describe('search params', () => {
  it('parses every filter from the URL', () => {
    expect(
      parseSearchParams({
        q: ' leather wallet ',
        category: 'leather-goods',
        minPrice: '25',
        maxPrice: 50,
        isVintage: 'true',
        sort: 'price_asc',
        page: '3',
      }),
    ).toEqual({
      q: 'leather wallet',
      category: 'leather-goods',
      minPrice: 25,
      maxPrice: 50,
      isVintage: true,
      sort: 'price_asc',
      page: 3,
    });
  });

  it('accepts a numeric query, which the router parses from ?q=1920', () => {
    expect(parseSearchParams({ q: 1920 })).toEqual({ q: '1920' });
  });

  it('drops malformed values one by one instead of failing the page', () => {
    expect(
      parseSearchParams({
        q: 'mug',
        category: 'DROP TABLE',
        minPrice: 'cheap',
        maxPrice: -3,
        isVintage: 'maybe',
        sort: 'random',
        page: 0,
      }),
    ).toEqual({ q: 'mug' });
    expect(parseSearchParams(undefined)).toEqual({});
    expect(parseSearchParams({ q: 'x'.repeat(500) })).toEqual({});
  });

  it('leaves defaults out of the URL', () => {
    expect(parseSearchParams({ q: '', isVintage: false, sort: 'relevance', page: 1 })).toEqual({});
  });

  it('keeps the lower bound of a reversed price range', () => {
    expect(parseSearchParams({ minPrice: 100, maxPrice: 25 })).toEqual({ minPrice: 100 });
  });

  it('starts again at page 1 when a filter changes, but not when paging', () => {
    const current = parseSearchParams({ q: 'mug', page: 4 });
    expect(updateFilters(current, { category: 'ceramics' })).toEqual({
      q: 'mug',
      category: 'ceramics',
    });
    expect(updateFilters(current, { page: 5 })).toEqual({ q: 'mug', page: 5 });
    expect(updateFilters(current, { category: undefined })).toEqual({ q: 'mug' });
  });

  it('serialises to the API query with the same names', () => {
    expect(
      toApiQuery({
        q: 'ring',
        isVintage: true,
        minPrice: 0,
        maxPrice: 25,
        page: 2,
        sort: 'newest',
      }),
    ).toEqual({ q: 'ring', isVintage: true, minPrice: 0, maxPrice: 25, page: 2, sort: 'newest' });
  });

  it('reads the price buckets of the facets', () => {
    expect(priceRangeOf('Under $25')).toEqual({ maxPrice: 25 });
    expect(priceRangeOf('$25 to $50')).toEqual({ minPrice: 25, maxPrice: 50 });
    expect(priceRangeOf('$50 to $100')).toEqual({ minPrice: 50, maxPrice: 100 });
    expect(priceRangeOf('Over $100')).toEqual({ minPrice: 100 });
    expect(priceRangeOf('Something else')).toBeUndefined();
    expect(isSelectedRange({ minPrice: 25, maxPrice: 50 }, { minPrice: 25, maxPrice: 50 })).toBe(
      true,
    );
    expect(isSelectedRange({ minPrice: 25 }, { minPrice: 25, maxPrice: 50 })).toBe(false);
  });
});
