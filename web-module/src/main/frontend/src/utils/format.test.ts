import { describe, expect, it } from 'vitest';
import { formatPrice, pluralize, toCents } from './format';

describe('format', () => {
  it('formats prices with Intl.NumberFormat', () => {
    expect(formatPrice(25)).toBe('$25.00');
    expect(formatPrice('1234.5')).toBe('$1,234.50');
  });

  it('keeps cents exact', () => {
    expect(toCents(0.1) + toCents(0.2)).toBe(30);
    expect(toCents('19.99')).toBe(1999);
  });

  it('pluralizes with grouped counts', () => {
    expect(pluralize(1, 'result')).toBe('1 result');
    expect(pluralize(1234, 'result')).toBe('1,234 results');
  });
});
