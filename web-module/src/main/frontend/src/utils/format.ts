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

const timeFormat = new Intl.DateTimeFormat(LOCALE, { timeStyle: 'short' });

/** "3:40 PM" from an ISO instant, in the shopper's time zone; an unreadable one is shown as it came. */
export function formatTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : timeFormat.format(date);
}

// Calendar dates ("2026-12-10") are days, not instants: read and shown in UTC so that no time zone
// moves them to the day before.
const dayFormat = new Intl.DateTimeFormat(LOCALE, {
  month: 'short',
  day: 'numeric',
  timeZone: 'UTC',
});
const dayYearFormat = new Intl.DateTimeFormat(LOCALE, {
  month: 'short',
  day: 'numeric',
  year: 'numeric',
  timeZone: 'UTC',
});

function calendarDay(value: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return undefined;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/**
 * A delivery window from two calendar dates: "Dec 10 – Dec 24", "Dec 10" when both are the same day,
 * with the years when the window spans the new year ("Dec 28, 2026 – Jan 5, 2027").
 */
export function formatDayRange(from: string, to: string): string {
  const start = calendarDay(from);
  const end = calendarDay(to);
  if (!start || !end) return from === to ? from : `${from} – ${to}`;
  if (start.getTime() === end.getTime()) return dayFormat.format(start);
  const format = start.getUTCFullYear() === end.getUTCFullYear() ? dayFormat : dayYearFormat;
  return `${format.format(start)} – ${format.format(end)}`;
}

/** "$24.00 → $30.00". */
export function formatPriceChange(was: Money, now: Money): string {
  return `${formatPrice(was)} → ${formatPrice(now)}`;
}

/** Sum of amounts, in cents. */
export function sumPrices(amounts: Money[]): number {
  return fromCents(amounts.reduce<number>((sum, amount) => sum + toCents(amount), 0));
}
