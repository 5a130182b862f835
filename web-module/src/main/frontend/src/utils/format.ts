/**
 * Money arrives from the API as JSON numbers (or decimal strings) with at most two decimals, in one
 * currency for now. Arithmetic on the client is done in cents so that sums stay exact.
 */
export type Money = number | string;

export const CURRENCY = 'USD';
const LOCALE = 'en-US';

const priceFormat = new Intl.NumberFormat(LOCALE, { style: 'currency', currency: CURRENCY });
const countFormat = new Intl.NumberFormat(LOCALE);

export function toCents(amount: Money): number {
  const value = typeof amount === 'string' ? Number(amount) : amount;
  if (!Number.isFinite(value)) return 0;
  return Math.round(value * 100);
}

export function fromCents(cents: number): number {
  return cents / 100;
}

export function formatPrice(amount: Money): string {
  return priceFormat.format(fromCents(toCents(amount)));
}

export function formatCount(count: number): string {
  return countFormat.format(count);
}

/** "1 result", "1,234 results". */
export function pluralize(count: number, one: string, many = `${one}s`): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}

const dateTimeFormat = new Intl.DateTimeFormat(LOCALE, { dateStyle: 'medium', timeStyle: 'short' });

/** "Nov 25, 2026, 6:40 PM" from an ISO timestamp; an unreadable one is shown as it came. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTimeFormat.format(date);
}
